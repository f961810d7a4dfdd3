#!/usr/bin/env bash
# Generates a migration for BOTH dialects from the current collections: npm run migrate:create -- <name>
# PostgreSQL must be reachable (npm run peers:start postgres); SQLite uses a throwaway file.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
name="${1:?usage: npm run migrate:create -- <name>}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Payload diffs the collections against the last committed migration's snapshot, not the database.
DATABASE_URL="file:$tmp/migrate.db" npx payload migrate:create "$name"
pg_url="${ORBIT_MIGRATE_POSTGRES_URL:-$(source scripts/peers/env.sh && echo "$DATABASE_URL_POSTGRES")}"
[ -n "$pg_url" ] || { echo "No PostgreSQL URL: start it with npm run peers:start postgres" >&2; exit 1; }
DATABASE_URL="$pg_url" npx payload migrate:create "$name"
