#!/usr/bin/env bash
# Kafka 4 single-node KRaft peer from Maven Central jars (no Docker, no tarball download).
#   kafka.sh start|stop|status [kafka|kafka2]   kafka2 is a second, separate cluster on other ports
#   kafka.sh libs                               prints the jar directory (downloads on first use)
set -euo pipefail
INSTANCE="${2:-kafka}"
PEER_NAME="$INSTANCE"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "$INSTANCE" in
  kafka) PORT=$ORBIT_KAFKA_PORT CONTROLLER_PORT=$ORBIT_KAFKA_CONTROLLER_PORT SASL_PORT=$ORBIT_KAFKA_SASL_PORT ;;
  kafka2) PORT=$ORBIT_KAFKA2_PORT CONTROLLER_PORT=$ORBIT_KAFKA2_CONTROLLER_PORT SASL_PORT=$ORBIT_KAFKA2_SASL_PORT ;;
  *) die "unknown Kafka instance '$INSTANCE' (kafka or kafka2)" ;;
esac
STATE="$ORBIT_PEERS_DIR/$INSTANCE"
KAFKA_HEAP_OPTS="${ORBIT_KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}"

# The jar set is keyed by the pom's content, so editing the pom (e.g. a new Kafka version) re-downloads.
kafka_libs_dir() {
  echo "$ORBIT_CACHE_DIR/kafka-libs-$(sha256sum "$PEERS_SCRIPT_DIR/pom.xml" | cut -c1-12)"
}

install_libs() {
  local dir tmp; dir="$(kafka_libs_dir)"
  [ -f "$dir/.complete" ] && return 0
  find_java 17 >/dev/null || die "Kafka 4 needs Java 17+. Install it: apt-get install -y openjdk-17-jre-headless"
  log "downloading Kafka jars with Maven into $dir (first run only)"
  tmp="$dir.tmp.$$"
  rm -rf "$tmp"
  run_mvn kafka -f "$PEERS_SCRIPT_DIR/pom.xml" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" \
    || { rm -rf "$tmp"; die "Maven could not fetch the Kafka jars (see its output above)"; }
  touch "$tmp/.complete"
  rm -rf "$dir" && mv "$tmp" "$dir"
}

libs() { with_cache_lock kafka-libs install_libs && kafka_libs_dir; }

ready() {
  port_open "$PORT" || return 1
  "$PEERS_SCRIPT_DIR/kafka-cli.sh" ClusterTool cluster-id --bootstrap-server "$ORBIT_PEERS_HOST:$PORT" 2>/dev/null | grep -q 'Cluster ID'
}

do_start() {
  if running "$INSTANCE"; then
    log "already running (pid $(cat "$(pidfile "$INSTANCE")")) on $ORBIT_PEERS_HOST:$PORT"
    return 0
  fi
  check_ports_free "$INSTANCE" "$PORT" "$CONTROLLER_PORT" "$SASL_PORT"
  local java libdir cluster_id
  java="$(find_java 17)" || die "Kafka 4 needs Java 17+. Install it: apt-get install -y openjdk-17-jre-headless"
  libdir="$(libs)"
  mkdir -p "$STATE/data" "$STATE/logs"
  sed -e "s#@HOST@#$ORBIT_PEERS_HOST#g" -e "s#@PORT@#$PORT#g" -e "s#@CONTROLLER_PORT@#$CONTROLLER_PORT#g" \
    -e "s#@SASL_PORT@#$SASL_PORT#g" -e "s#@DATA_DIR@#$STATE/data#g" \
    "$PEERS_SCRIPT_DIR/conf/kafka-server.properties" >"$STATE/server.properties"
  if [ ! -f "$STATE/data/meta.properties" ]; then
    # A Kafka cluster id is 16 random bytes in URL-safe base64 without padding.
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
    [ "${cluster_id:0:1}" = "-" ] && cluster_id="A${cluster_id:1}"
    log "formatting storage in $STATE/data (cluster id $cluster_id, SCRAM user $ORBIT_KAFKA_SASL_USER)"
    "$java" -Xmx256m -cp "$libdir/*" -Dlog4j2.configurationFile="$PEERS_SCRIPT_DIR/conf/kafka-tools-log4j2.properties" \
      kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$STATE/server.properties" \
      --add-scram "SCRAM-SHA-256=[name=$ORBIT_KAFKA_SASL_USER,password=$ORBIT_KAFKA_SASL_PASSWORD]" \
      --add-scram "SCRAM-SHA-512=[name=$ORBIT_KAFKA_SASL_USER,password=$ORBIT_KAFKA_SASL_PASSWORD]" \
      >"$STATE/logs/format.log" 2>&1 || { show_log_tail "$STATE/logs/format.log"; die "kafka-storage format failed"; }
  fi
  log "starting on $ORBIT_PEERS_HOST:$PORT (controller $CONTROLLER_PORT, SASL $SASL_PORT), logs in $STATE/logs"
  # shellcheck disable=SC2086
  spawn "$INSTANCE" "$STATE/logs/stdout.log" "$java" $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -Djava.awt.headless=true -Dkafka.logs.dir="$STATE/logs" \
    -Dlog4j2.configurationFile="$PEERS_SCRIPT_DIR/conf/kafka-log4j2.properties" \
    -cp "$libdir/*" kafka.Kafka "$STATE/server.properties"
  WAIT_PID_OF="$INSTANCE" wait_until 90 "Kafka to answer a metadata request" ready || {
    show_log_tail "$STATE/logs/server.log"; show_log_tail "$STATE/logs/stdout.log"
    stop_peer "$INSTANCE" "$PORT" "$CONTROLLER_PORT" "$SASL_PORT" || true
    die "Kafka did not become ready"; }
  log "ready: bootstrap $ORBIT_PEERS_HOST:$PORT, SASL/SCRAM $ORBIT_PEERS_HOST:$SASL_PORT"
}

case "${1:-}" in
  start) with_lock "$INSTANCE" do_start ;;
  stop) with_lock "$INSTANCE" stop_peer "$INSTANCE" "$PORT" "$CONTROLLER_PORT" "$SASL_PORT" ;;
  status)
    if running "$INSTANCE"; then
      echo "$INSTANCE: running pid $(cat "$(pidfile "$INSTANCE")") on $ORBIT_PEERS_HOST:$PORT (PLAINTEXT), :$SASL_PORT (SASL_PLAINTEXT SCRAM), :$CONTROLLER_PORT (controller)"
    else echo "$INSTANCE: stopped"; exit 1; fi ;;
  libs) libs ;;
  *) die "usage: kafka.sh start|stop|status [kafka|kafka2] | kafka.sh libs" ;;
esac
