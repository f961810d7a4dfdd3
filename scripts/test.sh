#!/usr/bin/env bash
# npm test: every suite, against the real peers (started or reused by the Vitest global setups):
#   unit -> peers smoke -> integration on SQLite and PostgreSQL -> browser e2e on SQLite and PostgreSQL.
# Run one part alone with e.g. `npx vitest run --project integration-sqlite`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh

npx vitest run --project unit --project peers --project integration-sqlite --project integration-postgres
for db in sqlite postgres; do
  ORBIT_TEST_DB="$db" npx vitest run --project e2e
done
