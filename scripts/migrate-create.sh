#!/usr/bin/env bash
# Generates a migration for BOTH dialects from the current collections: npm run migrate:create -- <name>
# PostgreSQL must be reachable (npm run peers:start postgres); SQLite uses a throwaway file.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
name="${1:?usage: npm run migrate:create -- <name>}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A fresh database that has every committed migration applied, so the diff is only the change.
DATABASE_URL="file:$tmp/migrate.db" npx payload migrate
DATABASE_URL="file:$tmp/migrate.db" npx payload migrate:create "$name"
pg_url="${ORBIT_MIGRATE_POSTGRES_URL:-$(bash scripts/peers/env.sh DATABASE_URL_POSTGRES 2>/dev/null || true)}"
[ -n "$pg_url" ] || { echo "No PostgreSQL URL: start it with npm run peers:start postgres" >&2; exit 1; }
DATABASE_URL="$pg_url" npx payload migrate:create "$name"
