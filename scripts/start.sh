#!/usr/bin/env bash
# npm start: build when there is no build yet, then serve in production mode.
# Pending migrations are applied by Payload when the server boots (prodMigrations), before any request.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
export NODE_ENV=production
# The app reads PORT too: its loopback origins are the default allowed origins.
export PORT="${PORT:-3000}"
# Everything the server creates (the SQLite database and its WAL, generated secrets) is owner-only.
umask 077
if [ ! -f .next/BUILD_ID ] || [ "${ORBIT_REBUILD:-}" = "1" ]; then
  echo "No build found: building the app (one time, a few minutes)..."
  npx next build
fi
exec npx next start --port "$PORT" --hostname "${HOSTNAME_BIND:-0.0.0.0}"
