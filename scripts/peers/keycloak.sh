#!/usr/bin/env bash
# Keycloak in dev mode (`kc.sh start-dev`, H2 file database under .peers/keycloak), the identity
# provider of the single sign-on tests. The realm "orbit" (users, groups, the client orbit-app with
# a groups claim) is imported from scripts/peers/conf/keycloak-realm-orbit.json on the first start;
# `peers.sh clean keycloak` re-imports it. Master realm admin: ORBIT_KEYCLOAK_ADMIN_USER/_PASSWORD.
#   keycloak.sh start|stop|status
# The distribution (org.keycloak:keycloak-quarkus-dist:<v>:zip from Maven Central) is unpacked
# once into the cache and copied into the state directory, because Keycloak writes its build and
# its database below its own home. Keycloak 26 needs Java 21+ (ORBIT_KEYCLOAK_JAVA_HOME, JAVA_HOME,
# PATH, /usr/lib/jvm).
set -euo pipefail
PEER_NAME=keycloak
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

VERSION="${ORBIT_KEYCLOAK_VERSION:-26.7.3}"
DIST="$ORBIT_CACHE_DIR/keycloak-$VERSION"
STATE="$ORBIT_PEERS_DIR/keycloak"
HOME_DIR="$STATE/keycloak-$VERSION"
REALM_FILE="$PEERS_SCRIPT_DIR/conf/keycloak-realm-orbit.json"
PORTS=("$ORBIT_KEYCLOAK_PORT" "$ORBIT_KEYCLOAK_MANAGEMENT_PORT")
HEAP_OPTS="${ORBIT_KEYCLOAK_HEAP_OPTS:--Xms64m -Xmx768m}"
NO_JAVA21="Keycloak $VERSION needs Java 21 or newer, and none was found (looked in ORBIT_KEYCLOAK_JAVA_HOME, JAVA_HOME, PATH, /usr/lib/jvm). Install a JDK 21+ (e.g. Temurin, or 'apt-get install -y openjdk-21-jre-headless' where Debian has it) and/or set ORBIT_KEYCLOAK_JAVA_HOME to it."

install_dist() {
  [ -f "$DIST/.complete" ] && return 0
  need_cmd unzip "apt-get install -y unzip"
  local tmp="$DIST.tmp.$$"
  log "downloading Keycloak $VERSION with Maven into $DIST (first run only)"
  rm -rf "$tmp" && mkdir -p "$tmp"
  run_mvn keycloak org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$tmp" \
    || { rm -rf "$tmp"; die "Maven could not fetch org.keycloak:keycloak-quarkus-dist:$VERSION:zip"; }
  unzip -q "$tmp/keycloak-quarkus-dist-$VERSION.zip" -d "$tmp" && rm -f "$tmp"/*.zip
  [ -x "$tmp/keycloak-$VERSION/bin/kc.sh" ] || { rm -rf "$tmp"; die "the Keycloak archive has no bin/kc.sh"; }
  touch "$tmp/.complete"
  rm -rf "$DIST" && mv "$tmp" "$DIST"
}

install_home() {
  [ -f "$HOME_DIR/.complete" ] && return 0
  rm -rf "$HOME_DIR" && mkdir -p "$STATE"
  cp -a "$DIST/keycloak-$VERSION" "$HOME_DIR"
  touch "$HOME_DIR/.complete"
}

ready() {
  curl -sf -o /dev/null "http://$ORBIT_PEERS_HOST:$ORBIT_KEYCLOAK_MANAGEMENT_PORT/health/ready" &&
    curl -sf -o /dev/null "$KEYCLOAK_ISSUER/.well-known/openid-configuration"
}

do_start() {
  if running keycloak; then
    log "already running (pid $(cat "$(pidfile keycloak)")) on $KEYCLOAK_URL"
    return 0
  fi
  need_cmd curl "apt-get install -y curl"
  check_ports_free keycloak "${PORTS[@]}"
  local java started
  java="$(find_java 21 "${ORBIT_KEYCLOAK_JAVA_HOME:-}")" || die "$NO_JAVA21"
  with_cache_lock "keycloak-$VERSION" install_dist
  install_home
  mkdir -p "$STATE/logs" "$HOME_DIR/data/import"
  cp "$REALM_FILE" "$HOME_DIR/data/import/orbit-realm.json"
  log "starting with $java on $KEYCLOAK_URL (realm orbit), logs in $STATE/logs"
  started=$SECONDS
  # --import-realm skips a realm that exists already, so a restart keeps the tests' changes.
  (cd "$STATE" && JAVA="$java" JAVA_OPTS_KC_HEAP="$HEAP_OPTS" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$ORBIT_KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ORBIT_KEYCLOAK_ADMIN_PASSWORD" \
    spawn keycloak "$STATE/logs/keycloak.log" "$HOME_DIR/bin/kc.sh" start-dev --import-realm \
    --http-host="$ORBIT_PEERS_HOST" --http-port="$ORBIT_KEYCLOAK_PORT" \
    --http-management-port="$ORBIT_KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true)
  WAIT_PID_OF=keycloak wait_until 240 "Keycloak /health/ready and the orbit realm" ready || {
    show_log_tail "$STATE/logs/keycloak.log"
    stop_peer keycloak "${PORTS[@]}" || true
    die "Keycloak did not become ready"; }
  log "ready after $((SECONDS - started))s: $KEYCLOAK_ISSUER"
}

case "${1:-}" in
  start) with_lock keycloak do_start ;;
  stop) with_lock keycloak stop_peer keycloak "${PORTS[@]}" ;;
  status)
    if running keycloak; then
      echo "keycloak: running pid $(cat "$(pidfile keycloak)") on $KEYCLOAK_URL (issuer $KEYCLOAK_ISSUER), management :$ORBIT_KEYCLOAK_MANAGEMENT_PORT"
    else echo "keycloak: stopped"; exit 1; fi ;;
  *) die "usage: keycloak.sh start|stop|status" ;;
esac
