#!/usr/bin/env bash
# npm run demo            start the demo: peers, app (built if needed), demo data, live traffic, first syncs
# npm run demo -- stop    stop what a running demo started (from another terminal; Ctrl-C does the same)
# npm run demo -- check   read the running demo through the REST API and check groups, lag, schemas, tenancy
#
# The demo has its own data directory (ORBIT_DEMO_DATA_DIR, default ./data/demo: SQLite file, secrets,
# logs), never the database of `npm start`. PORT (3000), ORBIT_NEXT_DIST_DIR (.next), HOSTNAME_BIND
# (127.0.0.1) as for `npm start`. Peers already running are left running; peers it starts, it stops.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/node24.sh
source scripts/node24.sh >/dev/null

DEMO_DIR="$(mkdir -p "${ORBIT_DEMO_DATA_DIR:-$ROOT/data/demo}" && cd "${ORBIT_DEMO_DATA_DIR:-$ROOT/data/demo}" && pwd)"
STATE="$DEMO_DIR/demo.state"
PORT="${PORT:-3000}"
DIST="${ORBIT_NEXT_DIST_DIR:-.next}"
URL="http://localhost:$PORT"
export ORBIT_ADMIN_EMAIL="${DEMO_ADMIN_EMAIL:-admin@orbit.demo}"
export ORBIT_ADMIN_PASSWORD="${DEMO_ADMIN_PASSWORD:-orbit-demo-admin}"
export DEMO_PASSWORD="${DEMO_PASSWORD:-orbit-demo-password}"
# Only the Kafka and registry addresses reach the demo scripts; the app gets none of the peer variables
# (TEMPORAL_ADDRESS would switch it to the Temporal runner).
eval "$(bash scripts/peers/env.sh | grep -E '^export (KAFKA_BOOTSTRAP|SCHEMA_REGISTRY_URL)=')"

say() { printf '\033[1mdemo:\033[0m %s\n' "$*"; }
tsx_run() { DEMO_URL="http://127.0.0.1:$PORT" npx tsx --tsconfig tsconfig.json "$@"; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# Stops a process group started with setsid (its leader's pid is the group id): TERM, then KILL.
stop_group() {
  local pid="$1" name="$2"
  alive "$pid" || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do alive "$pid" || break; sleep 0.5; done
  if alive "$pid"; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
  say "stopped $name (pid $pid)"
}

stop_demo() {
  [ -f "$STATE" ] || { say "no demo running (no $STATE)"; return 0; }
  # shellcheck disable=SC1090
  source "$STATE"
  rm -f "$STATE"
  stop_group "${WORKLOAD_PID:-}" "producers and consumers"
  stop_group "${APP_PID:-}" "app"
  if [ -n "${PEERS_STARTED:-}" ]; then
    say "stopping the peers the demo started: $PEERS_STARTED"
    # shellcheck disable=SC2086
    bash scripts/peers/peers.sh stop $PEERS_STARTED
  fi
}

case "${1:-start}" in
  stop) stop_demo; exit 0 ;;
  check) tsx_run scripts/demo/check.ts; exit $? ;;
  start) ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

if [ -f "$STATE" ]; then
  # shellcheck disable=SC1090
  source "$STATE"
  if alive "${APP_PID:-}"; then say "a demo is already running (app pid $APP_PID, port ${STATE_PORT:-?}); npm run demo -- stop"; exit 1; fi
  say "cleaning up after a demo that did not stop cleanly"
  stop_demo
fi

# 1. Peers: remember which ones were stopped, so stopping the demo stops only those.
PEERS_STARTED=""
for peer in kafka registry; do
  bash scripts/peers/peers.sh status "$peer" >/dev/null 2>&1 || PEERS_STARTED="$PEERS_STARTED $peer"
done
PEERS_STARTED="${PEERS_STARTED# }"
say "starting the peers (Kafka, Schema Registry)${PEERS_STARTED:+; not running before: $PEERS_STARTED}"
bash scripts/peers/peers.sh start kafka registry
printf 'PEERS_STARTED="%s"\nSTATE_PORT=%s\n' "$PEERS_STARTED" "$PORT" >"$STATE"

cleanup() {
  trap - INT TERM EXIT
  echo
  stop_demo
  exit 0
}
trap cleanup INT TERM EXIT

# The demo cluster syncs the whole broker: one that also holds thousands of other groups (tests,
# benchmarks) makes every group sync and lag check cost seconds of CPU, so unless the intervals are
# set explicitly they are stretched to keep the app responsive.
GROUP_INTERVAL=15
BROKER_GROUPS="$(npx tsx --tsconfig tsconfig.json scripts/demo/broker-groups.ts 2>/dev/null || echo 0)"
if [ "${BROKER_GROUPS:-0}" -gt 1000 ] 2>/dev/null; then
  GROUP_INTERVAL=120
  say "the broker holds $BROKER_GROUPS consumer groups (not only the demo's): group sync and lag check every ${ORBIT_LAG_CHECK_INTERVAL_SECONDS:-$GROUP_INTERVAL} s"
fi

# 2. The app: built once (like npm start), served in production mode on the demo database.
export NODE_ENV=production ORBIT_NEXT_DIST_DIR="$DIST"
if [ ! -f "$DIST/BUILD_ID" ] || [ "${ORBIT_REBUILD:-}" = "1" ]; then
  say "no build in $DIST: building the app (one time, a few minutes)"
  npx next build >"$DEMO_DIR/build.log" 2>&1 || { tail -40 "$DEMO_DIR/build.log"; say "build failed (log: $DEMO_DIR/build.log)"; exit 1; }
fi
say "starting the app on $URL (log: $DEMO_DIR/app.log)"
DEMO_APP_STARTED_AT="$(date -u +%Y-%m-%dT%H:%M:%S.000Z)"
export DEMO_APP_STARTED_AT
setsid env -u TEMPORAL_ADDRESS -u ORBIT_EMBEDDED_RUNNER \
  DATABASE_URL="file:$DEMO_DIR/orbit.db" ORBIT_DATA_DIR="$DEMO_DIR" NEXT_PUBLIC_SERVER_URL="$URL" \
  ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS="${ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS:-30}" \
  ORBIT_CONSUMER_GROUP_SYNC_INTERVAL_SECONDS="${ORBIT_CONSUMER_GROUP_SYNC_INTERVAL_SECONDS:-$GROUP_INTERVAL}" \
  ORBIT_LAG_CHECK_INTERVAL_SECONDS="${ORBIT_LAG_CHECK_INTERVAL_SECONDS:-$GROUP_INTERVAL}" \
  npx next start --port "$PORT" --hostname "${HOSTNAME_BIND:-127.0.0.1}" >"$DEMO_DIR/app.log" 2>&1 &
APP_PID=$!
echo "APP_PID=$APP_PID" >>"$STATE"
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/users/me" && break
  alive "$APP_PID" || { tail -40 "$DEMO_DIR/app.log"; say "the app exited (log: $DEMO_DIR/app.log)"; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/users/me" || { say "the app did not answer within 3 minutes"; exit 1; }

# 3. Demo data through the REST API, then live traffic, then the first syncs.
say "creating the demo workspaces, members, virtual clusters, topics and schemas (idempotent)"
tsx_run scripts/demo/provision.ts
say "starting producers and consumers (log: $DEMO_DIR/workload.log)"
setsid npx tsx --tsconfig tsconfig.json scripts/demo/workload.ts >"$DEMO_DIR/workload.log" 2>&1 &
WORKLOAD_PID=$!
echo "WORKLOAD_PID=$WORKLOAD_PID" >>"$STATE"
for _ in $(seq 1 60); do grep -q 'workload running' "$DEMO_DIR/workload.log" 2>/dev/null && break; sleep 1; done
sleep 5 # let the consumers join before the group sync reads them
say "running the first syncs (afterwards every ${ORBIT_LAG_CHECK_INTERVAL_SECONDS:-$GROUP_INTERVAL} s for groups and lag, ${ORBIT_SCHEMA_SYNC_INTERVAL_SECONDS:-30} s for schemas)"
tsx_run scripts/demo/first-syncs.ts

cat <<EOF

  Orbit demo is running: $URL/kafka
    platform admin   $ORBIT_ADMIN_EMAIL / $ORBIT_ADMIN_PASSWORD   (admin panel: $URL/admin)
    members          alice@orbit.demo (Payments), bob@orbit.demo (Logistics),
                     carol@orbit.demo (both) / $DEMO_PASSWORD
  Workspaces: $URL/workspaces/payments/kafka and $URL/workspaces/logistics/kafka
  Groups: one keeping up, one falling behind, one stopped (lag grows); schemas in Avro, Protobuf
  and JSON Schema with several versions. Data and logs: $DEMO_DIR
  Stop: Ctrl-C here, or npm run demo -- stop.   Check: npm run demo -- check

EOF

# 4. Stay in the foreground until Ctrl-C, `npm run demo -- stop`, or the app exits.
while alive "$APP_PID" && [ -f "$STATE" ]; do sleep 2; done
alive "$APP_PID" || [ ! -f "$STATE" ] || say "the app exited (log: $DEMO_DIR/app.log)"
