#!/usr/bin/env bash
# An SMTP server for the alert mail tests: aiosmtpd (PyPI) with a handler that keeps every message
# it receives under .peers/smtp/messages (<n>.eml and <n>.json, see smtp-capture.py). No auth, no TLS.
#   smtp.sh start|stop|status
set -euo pipefail
PEER_NAME=smtp
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

VERSION="${ORBIT_AIOSMTPD_VERSION:-1.4.6}"
VENV="$ORBIT_CACHE_DIR/aiosmtpd-$VERSION"
STATE="$ORBIT_PEERS_DIR/smtp"
PORTS=("$ORBIT_SMTP_PORT")

ready() { port_open "$ORBIT_SMTP_PORT"; }

do_start() {
  if running smtp; then
    log "already running (pid $(cat "$(pidfile smtp)")) on $ORBIT_PEERS_HOST:$ORBIT_SMTP_PORT"
    return 0
  fi
  check_ports_free smtp "${PORTS[@]}"
  with_cache_lock "aiosmtpd-$VERSION" install_pypi "$VENV" "aiosmtpd==$VERSION"
  mkdir -p "$STATE/logs" "$STATE/messages"
  log "starting on $ORBIT_PEERS_HOST:$ORBIT_SMTP_PORT, messages in $STATE/messages"
  spawn smtp "$STATE/logs/smtp.log" "$VENV/bin/python" -u "$PEERS_SCRIPT_DIR/smtp-capture.py" "$ORBIT_PEERS_HOST" "$ORBIT_SMTP_PORT" "$STATE/messages"
  WAIT_PID_OF=smtp wait_until 30 "SMTP on :$ORBIT_SMTP_PORT" ready || {
    show_log_tail "$STATE/logs/smtp.log"
    stop_peer smtp "${PORTS[@]}" || true
    die "the SMTP server did not start"; }
  log "ready: smtp://$ORBIT_PEERS_HOST:$ORBIT_SMTP_PORT"
}

case "${1:-}" in
  start) with_lock smtp do_start ;;
  stop) with_lock smtp stop_peer smtp "${PORTS[@]}" ;;
  status)
    if running smtp; then
      echo "smtp: running pid $(cat "$(pidfile smtp)") on $ORBIT_PEERS_HOST:$ORBIT_SMTP_PORT, messages in $STATE/messages"
    else echo "smtp: stopped"; exit 1; fi ;;
  *) die "usage: smtp.sh start|stop|status" ;;
esac
