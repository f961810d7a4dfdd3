#!/usr/bin/env bash
# Apicurio Registry 3 (Confluent-compatible API at /apis/ccompat/v7), in-memory storage.
#   registry.sh start|stop|status
# The app (io.apicurio:apicurio-registry-app:<v>:tar.gz:all from Maven Central) is unpacked once
# into the cache. Apicurio 3.3 is compiled for Java 21: a JDK 21+ is looked up in
# ORBIT_REGISTRY_JAVA_HOME, JAVA_HOME, PATH and /usr/lib/jvm.
set -euo pipefail
PEER_NAME=registry
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

VERSION="${ORBIT_APICURIO_VERSION:-3.3.3}"
APP_DIR="$ORBIT_CACHE_DIR/apicurio-registry-$VERSION"
STATE="$ORBIT_PEERS_DIR/registry"
PORTS=("$ORBIT_REGISTRY_PORT" "$ORBIT_REGISTRY_MANAGEMENT_PORT")
HEAP_OPTS="${ORBIT_REGISTRY_HEAP_OPTS:--Xms64m -Xmx512m}"
NO_JAVA21="Apicurio Registry $VERSION needs Java 21 or newer, and none was found (looked in ORBIT_REGISTRY_JAVA_HOME, JAVA_HOME, PATH, /usr/lib/jvm). Install a JDK 21+ (e.g. Temurin, or 'apt-get install -y openjdk-21-jre-headless' where Debian has it) and/or set ORBIT_REGISTRY_JAVA_HOME to it."

install_app() {
  [ -f "$APP_DIR/.complete" ] && return 0
  local tmp="$APP_DIR.tmp.$$"
  log "downloading Apicurio Registry $VERSION with Maven into $APP_DIR (first run only)"
  rm -rf "$tmp" && mkdir -p "$tmp"
  run_mvn apicurio org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="io.apicurio:apicurio-registry-app:$VERSION:tar.gz:all" -DoutputDirectory="$tmp" \
    || { rm -rf "$tmp"; die "Maven could not fetch io.apicurio:apicurio-registry-app:$VERSION:tar.gz:all"; }
  tar -xzf "$tmp/apicurio-registry-app-$VERSION-all.tar.gz" -C "$tmp" && rm -f "$tmp"/*.tar.gz
  [ -f "$tmp/quarkus-run.jar" ] || { rm -rf "$tmp"; die "the Apicurio archive has no quarkus-run.jar"; }
  touch "$tmp/.complete"
  rm -rf "$APP_DIR" && mv "$tmp" "$APP_DIR"
}

ready() {
  curl -sf -o /dev/null "http://$ORBIT_PEERS_HOST:$ORBIT_REGISTRY_PORT/apis/ccompat/v7/subjects"
}

do_start() {
  if running registry; then
    log "already running (pid $(cat "$(pidfile registry)")) on $ORBIT_PEERS_HOST:$ORBIT_REGISTRY_PORT"
    return 0
  fi
  need_cmd curl "apt-get install -y curl"
  check_ports_free registry "${PORTS[@]}"
  local java
  java="$(find_java 21 "${ORBIT_REGISTRY_JAVA_HOME:-}")" || die "$NO_JAVA21"
  with_cache_lock "apicurio-$VERSION" install_app
  mkdir -p "$STATE/logs"
  log "starting with $java on $ORBIT_PEERS_HOST:$ORBIT_REGISTRY_PORT, logs in $STATE/logs"
  # Deletes are off by default in Apicurio 3; the Confluent API's soft/hard deletes need them on.
  # shellcheck disable=SC2086
  (cd "$STATE" && spawn registry "$STATE/logs/registry.log" "$java" $HEAP_OPTS -XX:+UseSerialGC \
    -Dquarkus.http.host="$ORBIT_PEERS_HOST" -Dquarkus.http.port="$ORBIT_REGISTRY_PORT" \
    -Dquarkus.management.host="$ORBIT_PEERS_HOST" -Dquarkus.management.port="$ORBIT_REGISTRY_MANAGEMENT_PORT" \
    -Dapicurio.storage.kind=sql -Dapicurio.storage.sql.kind=h2 \
    -Dapicurio.rest.deletion.group.enabled=true \
    -Dapicurio.rest.deletion.artifact.enabled=true \
    -Dapicurio.rest.deletion.artifact-version.enabled=true \
    -jar "$APP_DIR/quarkus-run.jar")
  WAIT_PID_OF=registry wait_until 120 "GET /apis/ccompat/v7/subjects" ready || {
    show_log_tail "$STATE/logs/registry.log"
    stop_peer registry "${PORTS[@]}" || true
    die "Apicurio Registry did not become ready"; }
  log "ready: $SCHEMA_REGISTRY_URL"
}

case "${1:-}" in
  start) with_lock registry do_start ;;
  stop) with_lock registry stop_peer registry "${PORTS[@]}" ;;
  status)
    if running registry; then
      echo "registry: running pid $(cat "$(pidfile registry)") on $ORBIT_PEERS_HOST:$ORBIT_REGISTRY_PORT (Confluent API $SCHEMA_REGISTRY_URL), management :$ORBIT_REGISTRY_MANAGEMENT_PORT"
    else echo "registry: stopped"; exit 1; fi ;;
  *) die "usage: registry.sh start|stop|status" ;;
esac
