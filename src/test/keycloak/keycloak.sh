#!/usr/bin/env bash
# A real Keycloak for KeycloakLoginTest: `keycloak.sh start` fetches the distribution through
# Maven (once, into target/keycloak), starts it in dev mode on 127.0.0.1 with the realm
# src/test/keycloak/custodian-realm.json freshly imported, and waits until the realm's discovery
# document answers; `keycloak.sh stop` stops it. Both are idempotent. Log: target/keycloak/keycloak.log.
#
# Environment: CUSTODIAN_PORT (8081), the port Custodian answers on, which the realm's redirect
# URI names; KEYCLOAK_PORT (8380); KEYCLOAK_VERSION (26.7.3); KEYCLOAK_JAVA_HOME (Temurin 25:
# Keycloak 26 needs Java 21 or newer, the project itself builds with 17).
set -euo pipefail
cd "$(dirname "$0")/../../.."

version=${KEYCLOAK_VERSION:-26.7.3}
port=${KEYCLOAK_PORT:-8380}
export CUSTODIAN_PORT=${CUSTODIAN_PORT:-8081}
java_home=${KEYCLOAK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=target/keycloak
home=$work/keycloak-$version
pid_file=$work/keycloak.pid
# what the running instance was started for: a start for another Custodian port restarts it
started_for=$work/started-for
log=$work/keycloak.log
discovery=http://127.0.0.1:$port/realms/custodian/.well-known/openid-configuration

# a stale pid file whose number now belongs to another process does not count
running() {
  [ -f "$pid_file" ] && grep -qa keycloak "/proc/$(cat "$pid_file")/cmdline" 2>/dev/null
}

stop() {
  if running; then
    local pid
    pid=$(cat "$pid_file")
    # kc.sh and its JVM share the process group that setsid gave them
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file" "$started_for"
}

start() {
  local wanted="$version $port $CUSTODIAN_PORT"
  if running && [ "$(cat "$started_for" 2>/dev/null)" = "$wanted" ] && curl -fsS -o /dev/null "$discovery"; then
    echo "Keycloak already answers on $discovery"
    return
  fi
  stop
  if [ ! -x "$java_home/bin/java" ]; then
    echo "Keycloak $version needs Java 21 or newer: set KEYCLOAK_JAVA_HOME (not found: $java_home)" >&2
    exit 1
  fi
  if [ ! -x "$home/bin/kc.sh" ]; then
    ./mvnw -q -B -ntp dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
      -DoutputDirectory="$work"
    unzip -q -o "$work/keycloak-quarkus-dist-$version.zip" -d "$work"
  fi
  # A new database at each start: the realm is imported exactly as the file says, and no user or
  # session is left from an earlier run.
  rm -rf "$home/data"
  mkdir -p "$home/data/import"
  cp src/test/keycloak/custodian-realm.json "$home/data/import/"
  # Health and metrics are off, so Keycloak opens no management port: only $port is taken.
  JAVA_HOME=$java_home JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    setsid "$home/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$port" \
    --hostname="http://127.0.0.1:$port" >"$log" 2>&1 </dev/null &
  echo $! >"$pid_file"
  echo "$wanted" >"$started_for"
  local began=$SECONDS
  until curl -fs -o /dev/null "$discovery"; do
    if ! running; then
      echo "Keycloak stopped while starting; the end of $log:" >&2
      tail -n 40 "$log" >&2
      rm -f "$pid_file" "$started_for"
      exit 1
    fi
    if ((SECONDS - began > 180)); then
      echo "Keycloak did not answer $discovery within 180 s; see $log" >&2
      stop
      exit 1
    fi
    sleep 1
  done
  echo "Keycloak $version answers on $discovery after $((SECONDS - began)) s"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
