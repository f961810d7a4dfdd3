#!/usr/bin/env bash
# Real peers for dev and tests, on 127.0.0.1, no Docker.
#   peers.sh start  [kafka|kafka2|registry|temporal|postgres|smtp|alertmanager|prometheus|keycloak|all]...   default: all (= all but kafka2)
#   peers.sh stop   [same names]...                                     default: every peer, kafka2 too
#   peers.sh status [same names]...                                     exit 1 when a named one is stopped
#   peers.sh env    [--json]                                            connection variables (env.sh)
#   peers.sh clean  [same names]...                                     stop, then delete their state
# Starting a running peer is a no-op; starts of one peer are serialised with flock. Several peers
# start in parallel. Ports: scripts/peers/env.sh. State and logs: .peers/. Downloads: ~/.cache/orbit.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEFAULT=(kafka registry temporal postgres smtp alertmanager prometheus keycloak)
EVERY=(kafka kafka2 registry temporal postgres smtp alertmanager prometheus keycloak)

peer_cmd() { # peer_cmd ACTION NAME
  case "$2" in
    kafka | kafka2) bash "$DIR/kafka.sh" "$1" "$2" ;;
    registry | temporal | postgres | smtp | alertmanager | prometheus | keycloak) bash "$DIR/$2.sh" "$1" ;;
    *) echo "peers.sh: unknown peer '$2' (kafka, kafka2, registry, temporal, postgres, smtp, alertmanager, prometheus, keycloak, all)" >&2; return 2 ;;
  esac
}

action="${1:-}"; shift || true
names=("$@") explicit=$#
if [ $# -eq 0 ] || [ "$*" = all ]; then
  if [ "$action" = start ]; then names=("${DEFAULT[@]}"); else names=("${EVERY[@]}"); fi
fi

case "$action" in
  start | stop)
    pids=() failed=()
    for n in "${names[@]}"; do peer_cmd "$action" "$n" & pids+=($!); done
    for i in "${!pids[@]}"; do wait "${pids[$i]}" || failed+=("${names[$i]}"); done
    if [ ${#failed[@]} -gt 0 ]; then echo "peers.sh: $action failed for: ${failed[*]}" >&2; exit 1; fi
    [ "$action" = start ] && echo "peers.sh: started ${names[*]} (connection variables: bash scripts/peers/env.sh)" >&2
    exit 0 ;;
  status)
    rc=0
    for n in "${names[@]}"; do peer_cmd status "$n" || rc=1; done
    [ "$explicit" -gt 0 ] && exit $rc  # only named peers make status fail when stopped
    exit 0 ;;
  env) exec bash "$DIR/env.sh" "$@" ;;
  clean)
    bash "$0" stop "${names[@]}"
    state="${ORBIT_PEERS_DIR:-$DIR/../../.peers}"
    for n in "${names[@]}"; do
      # postgres keeps its data in the machine's cluster; only the marker lives here.
      [ "$n" = postgres ] || rm -rf "${state:?}/$n"
    done
    echo "peers.sh: removed the state of ${names[*]} under $state" >&2 ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
