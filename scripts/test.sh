#!/usr/bin/env bash
# npm test: every suite, against the real peers (started or reused by the Vitest global setups):
#   unit -> peers smoke -> integration on SQLite and PostgreSQL -> browser e2e on SQLite and PostgreSQL.
# Run one part alone with e.g. `npx vitest run --project integration-sqlite`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh

npx vitest run --project unit --project peers --project integration-sqlite --project integration-postgres
# every-page and sso add their own topic, group, schema and workspaces, which the other files'
# exact lists would see: each runs on its own fresh database (and so its own scenario prefixes).
ALONE=(tests/e2e/every-page.e2e.test.ts tests/e2e/sso.e2e.test.ts)
for db in sqlite postgres; do
  ORBIT_TEST_DB="$db" npx vitest run --project e2e "${ALONE[@]/#/--exclude=}"
  for file in "${ALONE[@]}"; do ORBIT_TEST_DB="$db" npx vitest run --project e2e "$file"; done
done
