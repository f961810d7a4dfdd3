#!/usr/bin/env bash
# Prometheus Alertmanager (Debian's prometheus-alertmanager), one instance, no clustering, a route
# that only keeps the alerts (a receiver with no integrations): tests post alerts to its API v2 and
# list them back.
#   alertmanager.sh start|stop|status
set -euo pipefail
PEER_NAME=alertmanager
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STATE="$ORBIT_PEERS_DIR/alertmanager"
PORTS=("$ORBIT_ALERTMANAGER_PORT")

binary() { command -v prometheus-alertmanager || command -v alertmanager; }

install_alertmanager() {
  binary >/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || die "Alertmanager is missing. Install it: apt-get install -y prometheus-alertmanager"
  log "installing Debian's prometheus-alertmanager (first run only)"
  apt_install prometheus-alertmanager || die "apt-get could not install prometheus-alertmanager"
  # The package's service (:9093) is kept from starting; where systemd runs, keep it from starting at boot too.
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now prometheus-alertmanager >/dev/null 2>&1 || true; fi
  binary >/dev/null || die "prometheus-alertmanager installed no binary"
}

ready() { curl -sf -o /dev/null "$ALERTMANAGER_URL/api/v2/status"; }

do_start() {
  if running alertmanager; then
    log "already running (pid $(cat "$(pidfile alertmanager)")) on $ALERTMANAGER_URL"
    return 0
  fi
  need_cmd curl "apt-get install -y curl"
  check_ports_free alertmanager "${PORTS[@]}"
  install_alertmanager
  mkdir -p "$STATE/logs" "$STATE/data"
  cat >"$STATE/alertmanager.yml" <<YAML
route:
  receiver: keep
  group_wait: 1s
receivers:
  - name: keep
YAML
  log "starting on $ALERTMANAGER_URL, logs in $STATE/logs"
  # An empty cluster address turns gossip off (a single instance needs no peers or cluster port).
  spawn alertmanager "$STATE/logs/alertmanager.log" "$(binary)" \
    --config.file="$STATE/alertmanager.yml" --storage.path="$STATE/data" \
    --web.listen-address="$ORBIT_PEERS_HOST:$ORBIT_ALERTMANAGER_PORT" --cluster.listen-address=
  WAIT_PID_OF=alertmanager wait_until 60 "GET /api/v2/status" ready || {
    show_log_tail "$STATE/logs/alertmanager.log"
    stop_peer alertmanager "${PORTS[@]}" || true
    die "Alertmanager did not become ready"; }
  log "ready: $ALERTMANAGER_URL"
}

case "${1:-}" in
  start) with_lock alertmanager do_start ;;
  stop) with_lock alertmanager stop_peer alertmanager "${PORTS[@]}" ;;
  status)
    if running alertmanager; then
      echo "alertmanager: running pid $(cat "$(pidfile alertmanager)") on $ALERTMANAGER_URL"
    else echo "alertmanager: stopped"; exit 1; fi ;;
  *) die "usage: alertmanager.sh start|stop|status" ;;
esac
