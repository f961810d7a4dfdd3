#!/usr/bin/env bash
# The machine's PostgreSQL cluster (Debian's, e.g. 15/main on port 5432), started when it is down,
# with role $ORBIT_POSTGRES_USER and databases $ORBIT_POSTGRES_DB and $ORBIT_POSTGRES_TEST_DB.
#   postgres.sh start|stop|status
# stop only stops the cluster when this script started it (a marker under .peers/postgres), so a
# PostgreSQL that was already running for something else is left alone.
set -euo pipefail
PEER_NAME=postgres
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
STATE="$ORBIT_PEERS_DIR/postgres"
MARKER="$STATE/started-by-peers"

ensure_installed() {
  command -v pg_lsclusters >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed. Install it: sudo apt-get install -y postgresql"
  log "PostgreSQL is not installed; installing Debian's postgresql package with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || die "apt-get install -y postgresql failed"
}

# cluster -> "VERSION NAME PORT STATUS" of ORBIT_POSTGRES_CLUSTER (e.g. "15 main") or the first one
cluster() {
  local want="${ORBIT_POSTGRES_CLUSTER:-}"
  pg_lsclusters -h | awk -v want="$want" 'want == "" || $1 " " $2 == want { print $1, $2, $3, $4; exit }'
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@")
  elif [ "$(id -un)" = postgres ]; then (cd / && "$@")
  else (cd / && sudo -n -u postgres "$@") || die "need root or passwordless sudo to act as the postgres user"
  fi
}

provision() {
  as_postgres psql -X -q -p "$1" -v ON_ERROR_STOP=1 -v user="$ORBIT_POSTGRES_USER" -v pw="$ORBIT_POSTGRES_PASSWORD" \
    -v db="$ORBIT_POSTGRES_DB" -v testdb="$ORBIT_POSTGRES_TEST_DB" >/dev/null <<'SQL'
SELECT format('CREATE ROLE %I', :'user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'pw') \gexec
-- DROP DATABASE ... WITH (FORCE) terminates every session in the database, including autovacuum
-- workers, which run as another role: without pg_signal_backend the drop of a test database
-- fails whenever autovacuum happens to be working in it.
SELECT format('GRANT pg_signal_backend TO %I', :'user') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'user') FROM unnest(ARRAY[:'db', :'testdb']) AS d
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d) \gexec
SQL
}

do_start() {
  ensure_installed
  local c ver name port status
  c="$(cluster)"
  [ -n "$c" ] || die "no PostgreSQL cluster found (pg_lsclusters is empty). Create one: pg_createcluster 15 main --start"
  read -r ver name port status <<<"$c"
  [ "$port" = "$ORBIT_POSTGRES_PORT" ] || die "cluster $ver/$name listens on port $port, not $ORBIT_POSTGRES_PORT: set ORBIT_POSTGRES_PORT=$port"
  mkdir -p "$STATE"
  if [ "$status" != online ]; then
    log "starting cluster $ver/$name on port $port"
    # Close the lock descriptors: the server daemon would otherwise inherit and hold our flock.
    pg_ctlcluster "$ver" "$name" start 8>&- 9>&- || die "pg_ctlcluster $ver $name start failed (see /var/log/postgresql/postgresql-$ver-$name.log)"
    echo "$ver $name" >"$MARKER"
  else
    log "cluster $ver/$name already running on port $port"
  fi
  wait_until 30 "pg_isready" pg_isready -q -h "$ORBIT_PEERS_HOST" -p "$port" || die "PostgreSQL is not accepting connections on $ORBIT_PEERS_HOST:$port"
  provision "$port" || die "could not create role $ORBIT_POSTGRES_USER / databases $ORBIT_POSTGRES_DB, $ORBIT_POSTGRES_TEST_DB"
  log "ready: $DATABASE_URL_POSTGRES (tests: $DATABASE_URL_POSTGRES_TEST)"
}

do_stop() {
  if [ -f "$MARKER" ]; then
    local ver name; read -r ver name <"$MARKER"
    log "stopping cluster $ver/$name (started by peers.sh)"
    pg_ctlcluster "$ver" "$name" stop -m fast || true
    rm -f "$MARKER"
  elif command -v pg_lsclusters >/dev/null 2>&1 && [ "$(cluster | awk '{print $4}')" = online ]; then
    log "left running: the cluster was not started by peers.sh (stop it with pg_ctlcluster)"
  fi
  return 0
}

case "${1:-}" in
  start) with_lock postgres do_start ;;
  stop) with_lock postgres do_stop ;;
  status)
    c="$(command -v pg_lsclusters >/dev/null 2>&1 && cluster || true)"
    if [ "$(awk '{print $4}' <<<"$c")" = online ]; then
      echo "postgres: running cluster $(awk '{print $1 "/" $2}' <<<"$c") on $ORBIT_PEERS_HOST:$ORBIT_POSTGRES_PORT ($DATABASE_URL_POSTGRES)$([ -f "$MARKER" ] || echo ', not started by peers.sh')"
    else echo "postgres: stopped"; exit 1; fi ;;
  *) die "usage: postgres.sh start|stop|status" ;;
esac
