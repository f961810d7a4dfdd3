#!/usr/bin/env bash
# Prometheus (Debian's `prometheus` package: the server and promtool), scraping what the tests ask.
#   prometheus.sh start|stop|status|reload
# Scrape jobs are fragments, one file each in $STATE/scrape.d/*.yml (a YAML list of scrape_configs
# entries): a test writes its own (its target, its bearer token) and runs `reload`, which assembles
# prometheus.yml from them, checks it with promtool and makes the server re-read it. Prometheus 2.42
# (Debian 12) has no scrape_config_files, hence the assembly. Installed with apt-get when missing.
set -euo pipefail
PEER_NAME=prometheus
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STATE="$ORBIT_PEERS_DIR/prometheus"
PORTS=("$ORBIT_PROMETHEUS_PORT")

install_package() {
  command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || die "Prometheus is missing. Install it: apt-get install -y prometheus (Debian's package brings promtool)"
  log "installing Debian's prometheus package (first run only)"
  apt_install prometheus || die "apt-get could not install prometheus"
}

assemble_config() {
  mkdir -p "$STATE/scrape.d"
  local tmp="$STATE/prometheus.yml.tmp.$$" f
  {
    printf 'global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\nscrape_configs:\n'
    printf -- '- job_name: prometheus\n  static_configs:\n  - targets: ["%s:%s"]\n' "$ORBIT_PEERS_HOST" "$ORBIT_PROMETHEUS_PORT"
    for f in "$STATE"/scrape.d/*.yml; do [ -f "$f" ] && cat "$f" && echo; done
  } >"$tmp"
  promtool check config "$tmp" >&2 || { rm -f "$tmp"; die "the assembled configuration does not check (fragments in $STATE/scrape.d)"; }
  mv -f "$tmp" "$STATE/prometheus.yml"
}

ready() {
  curl -sf -o /dev/null "$PROMETHEUS_URL/-/ready"
}

do_start() {
  if running prometheus; then
    log "already running (pid $(cat "$(pidfile prometheus)")) on $PROMETHEUS_URL"
    return 0
  fi
  need_cmd curl "apt-get install -y curl"
  install_package
  check_ports_free prometheus "${PORTS[@]}"
  mkdir -p "$STATE/logs" "$STATE/data"
  assemble_config
  log "starting on $PROMETHEUS_URL, logs in $STATE/logs"
  (cd "$STATE" && spawn prometheus "$STATE/logs/prometheus.log" prometheus \
    --config.file="$STATE/prometheus.yml" --storage.tsdb.path="$STATE/data" --storage.tsdb.retention.time=1d \
    --web.listen-address="$ORBIT_PEERS_HOST:$ORBIT_PROMETHEUS_PORT" --web.enable-lifecycle)
  WAIT_PID_OF=prometheus wait_until 60 "GET /-/ready" ready || {
    show_log_tail "$STATE/logs/prometheus.log"
    stop_peer prometheus "${PORTS[@]}" || true
    die "Prometheus did not become ready"; }
  log "ready: $PROMETHEUS_URL"
}

do_reload() {
  running prometheus || die "not running: bash scripts/peers/peers.sh start prometheus"
  assemble_config
  curl -sf -X POST "$PROMETHEUS_URL/-/reload" || die "Prometheus refused the reload (see $STATE/logs/prometheus.log)"
}

case "${1:-}" in
  start) with_lock prometheus do_start ;;
  stop) with_lock prometheus stop_peer prometheus "${PORTS[@]}" ;;
  reload) with_lock prometheus do_reload ;;
  status)
    if running prometheus; then
      echo "prometheus: running pid $(cat "$(pidfile prometheus)") on $PROMETHEUS_URL (scrape jobs in $STATE/scrape.d)"
    else echo "prometheus: stopped"; exit 1; fi ;;
  *) die "usage: prometheus.sh start|stop|status|reload" ;;
esac
