#!/usr/bin/env bash
# Custodian and Keycloak side by side on this machine (issue 23). Rerunnable:
#   ./mvnw package -DskipTests && bash bench/compare-keycloak.sh
#   QUICK=1 bash bench/compare-keycloak.sh     # 3 s rounds: checks that everything works
# Needs what bench/lib.sh says, unzip, python3, and a Java 21+ for Keycloak (KEYCLOAK_JAVA_HOME,
# default Temurin 25). Takes about 20 minutes on a quiet machine (QUICK=1: about 5), never more than 30.
#
# Keycloak 26.7.3 (fetched from Maven Central once, into target/compare/, as the Keycloak test does)
# runs in production mode on its own PostgreSQL database keycloak_compare, Custodian as deployed:
# the prod jar on its own database custodian_compare, with the java, the JAVA_TOOL_OPTIONS and the
# ahead-of-time cache of docker/Dockerfile.jvm, both under -XX:MaxRAM=768m (a 768 MiB container).
# Both listen on loopback only; wrk (over loopback) loads one while the other idles, alternating
# them measure by measure in each round. Each measure is the median of ROUNDS rounds, with the range beside it; then the start
# (launch to first answer, median of 3 starts each) and the RSS after all the load phases.
# Everything this script starts it stops by PID at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=${QUICK:-}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-$([ -n "$QUICK" ] && echo 3 || echo 15)}
WARM_SECONDS=${WARM_SECONDS:-$([ -n "$QUICK" ] && echo 3 || echo 30)}
ROUNDS=${ROUNDS:-3}
STARTS=${STARTS:-3}
UNSUBSCRIBE_ACCOUNTS=${UNSUBSCRIBE_ACCOUNTS:-$([ -n "$QUICK" ] && echo 60000 || echo 250000)}
KEYCLOAK_VERSION=26.7.3
KEYCLOAK_JAVA_HOME=${KEYCLOAK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8390}
KC=http://127.0.0.1:$KEYCLOAK_PORT
export BENCH_PORT=${BENCH_PORT:-8089} BENCH_MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-9089} BENCH_DB=custodian_compare
# The container's memory limit, as the issue measured both.
MAX_RAM=-XX:MaxRAM=768m
WORK=target/compare
mkdir -p $WORK
# shellcheck source=bench/lib.sh
source bench/lib.sh
BEGAN=$SECONDS

# --- what runs Custodian: the image's java and options -------------------------------------------
IMAGE_JAVA_TOOL_OPTIONS=$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' docker/Dockerfile.jvm)
IMAGE_MALLOC_ARENA_MAX=$(sed -n 's/.*MALLOC_ARENA_MAX=\([0-9]*\).*/\1/p' docker/Dockerfile.jvm)
IMAGE_RUNTIME=$(sed -n 's/^FROM eclipse-temurin:\([0-9]*\)-.*/\1/p' docker/Dockerfile.jvm | tail -n 1)
export BENCH_JAVA=${BENCH_JAVA:-/usr/lib/jvm/temurin-$IMAGE_RUNTIME-jdk-amd64/bin/java}
[ -x "$BENCH_JAVA" ] || BENCH_JAVA=java
# The image's ENTRYPOINT options between "java" and "-jar", and its ahead-of-time cache, made as
# the image makes it (its RUN java line: the same java and options, the cache into $WORK).
IMAGE_CACHE=$(sed -n 's/^ENTRYPOINT .*"-XX:AOTCache=\([^"]*\)".*/\1/p' docker/Dockerfile.jvm)
IMAGE_ENTRY_OPTIONS=$(sed -n 's/^ENTRYPOINT \["java", \(.*\)"-jar".*/\1/p' docker/Dockerfile.jvm | tr -d '",')
if [ -n "$IMAGE_CACHE" ]; then
  IMAGE_ENTRY_OPTIONS=${IMAGE_ENTRY_OPTIONS//=$IMAGE_CACHE/=$WORK/$IMAGE_CACHE}
  rm -f "$WORK/$IMAGE_CACHE"
  IMAGE_CACHE_OPTIONS=$(sed -n 's/^RUN java \(.*\) -jar quarkus-run.jar.*/\1/p' docker/Dockerfile.jvm \
    | sed "s|=$IMAGE_CACHE|=$WORK/$IMAGE_CACHE|")
  # shellcheck disable=SC2086
  "$BENCH_JAVA" $IMAGE_JAVA_TOOL_OPTIONS $IMAGE_CACHE_OPTIONS -jar "$APP" > $WORK/aot-cache.log 2>&1 || true
  [ -s "$WORK/$IMAGE_CACHE" ] || { echo "no ahead-of-time cache: see $WORK/aot-cache.log" >&2; exit 1; }
fi
export CUSTODIAN_RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE=100000000 CUSTODIAN_RATE_LIMIT_SIGNUP_PER_ADDRESS_PER_HOUR=100000
# Plain HTTP on loopback: the production __Host-/Secure cookies would not be sent back by curl.
BENCH_JAVA_OPTS="$IMAGE_JAVA_TOOL_OPTIONS $MAX_RAM $IMAGE_ENTRY_OPTIONS -Dcustodian.session.cookie-name=custodian_session \
  -Dcustodian.session.secure-cookie=false -Dquarkus.rest-csrf.cookie-name=custodian_csrf \
  -Dquarkus.rest-csrf.cookie-force-secure=false"
echo "== Custodian: $("$BENCH_JAVA" -version 2>&1 | head -n 1) $BENCH_JAVA_OPTS MALLOC_ARENA_MAX=${IMAGE_MALLOC_ARENA_MAX:-}"

# --- Keycloak: fetched once, built once for PostgreSQL, a realm of its own ----------------------
KC_HOME=$WORK/keycloak-$KEYCLOAK_VERSION
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  ./mvnw -q -B -ntp dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$WORK"
  unzip -q -o "$WORK/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$WORK"
fi
export KC_DB=postgres KC_DB_URL=jdbc:postgresql://127.0.0.1:5432/keycloak_compare KC_DB_USERNAME=postgres KC_DB_PASSWORD=bench
if [ ! -f "$KC_HOME/built-for-postgres" ]; then
  echo "== building Keycloak for PostgreSQL (once)"
  JAVA_HOME=$KEYCLOAK_JAVA_HOME "$KC_HOME/bin/kc.sh" build --db=postgres > $WORK/keycloak-build.log 2>&1
  touch "$KC_HOME/built-for-postgres"
fi
for database in keycloak_compare custodian_compare; do
  $PSQL -qc "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
done
SIGNIN_ACCOUNTS=32
PASSWORD="violet lantern drifts over a quiet harbour"
# One public client allowed the password grant (a sign-in in one request, as wrk needs), tokens
# long enough for a round, and the users that sign in.
python3 - "$SIGNIN_ACCOUNTS" "$PASSWORD" > $WORK/bench-realm.json <<'PY'
import json, sys
users = [{"username": f"bench-{i}", "email": f"bench-{i}@example.com", "emailVerified": True,
          "firstName": "Bench", "lastName": "Mark", "enabled": True,
          # an imported user has no role unless named: this one gives the account API's
          "realmRoles": ["default-roles-bench"],
          "credentials": [{"type": "password", "value": sys.argv[2], "temporary": False}]}
         for i in range(1, int(sys.argv[1]) + 1)]
print(json.dumps({"realm": "bench", "enabled": True, "accessTokenLifespan": 7200,
                  "ssoSessionIdleTimeout": 7200,
                  "clients": [{"clientId": "bench", "publicClient": True, "directAccessGrantsEnabled": True,
                               "standardFlowEnabled": False}],
                  "users": users}))
PY
mkdir -p "$KC_HOME/data/import"
cp $WORK/bench-realm.json "$KC_HOME/data/import/"

KC_PID=""
APP_PID=""
stop_keycloak() {
  if [ -n "$KC_PID" ]; then
    # kc.sh and its JVM share the process group that setsid gave them
    kill -TERM -- "-$KC_PID" 2>/dev/null || true
    wait "$KC_PID" 2>/dev/null || true
    KC_PID=""
  fi
}
stop_custodian() {
  if [ -n "$APP_PID" ]; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
trap 'stop_keycloak; stop_custodian' EXIT

# Milliseconds from the launch until the URL answers 200 (polled every 20 ms).
first_answer() {
  local url=$1 pid=$2 start=$3
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "it stopped while starting" >&2; return 1; }
    [ $(($(date +%s%N) / 1000000 - start)) -lt 300000 ] || { echo "no answer from $url in 300 s" >&2; return 1; }
    sleep 0.02
  done
  echo $(($(date +%s%N) / 1000000 - start))
}
start_keycloak() {
  local start
  start=$(($(date +%s%N) / 1000000))
  # its container image's heap settings (70% of the limit)
  JAVA_HOME=$KEYCLOAK_JAVA_HOME KC_RUN_IN_CONTAINER=true JAVA_OPTS_APPEND="$MAX_RAM" \
    setsid "$KC_HOME/bin/kc.sh" start --optimized --import-realm --http-enabled=true --http-host=127.0.0.1 \
    --http-port="$KEYCLOAK_PORT" --hostname="$KC" > $WORK/keycloak.log 2>&1 < /dev/null &
  KC_PID=$!
  KC_START_MS=$(first_answer "$KC/realms/bench/.well-known/openid-configuration" $KC_PID $start) \
    || { tail -n 30 $WORK/keycloak.log >&2; exit 1; }
}
start_custodian() {
  local start
  start=$(($(date +%s%N) / 1000000))
  MALLOC_ARENA_MAX=${IMAGE_MALLOC_ARENA_MAX:-} launch_app
  APP_START_MS=$(first_answer "$BASE/login" $APP_PID $start) || { tail -n 30 target/bench-app.log >&2; exit 1; }
  wait_ready
}
# A JVM's resident memory.
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

declare -A RESULTS
record() { RESULTS[$1]="${RESULTS[$1]:-} $2"; }
median() { tr ' ' '\n' <<< "$1" | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
range() { tr ' ' '\n' <<< "$1" | grep . | sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {print lo ".." hi}'; }

echo "== first starts (untimed: they create the schemas)"
start_keycloak
stop_keycloak
start_custodian
stop_custodian
echo "== start to first answer ($STARTS starts each, alternating)"
for i in $(seq 1 "$STARTS"); do
  start_keycloak
  record kc_start "$KC_START_MS"
  [ "$i" = "$STARTS" ] || stop_keycloak
  start_custodian
  record app_start "$APP_START_MS"
  [ "$i" = "$STARTS" ] || stop_custodian
  echo "start $i: Keycloak ${KC_START_MS} ms, Custodian ${APP_START_MS} ms"
done

# --- Custodian's data: sign-in accounts, a signed-in browser, a public profile, subscribers ------
JAR=$WORK/cookies.txt
rm -f $JAR
token() { curl -s -b $JAR -c $JAR "$BASE$1" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
T=$(token /signup)
POLICY=$(curl -s -b $JAR $BASE/signup | grep -o 'name="policyVersion" value="[^"]*"' | sed 's/.*value="//; s/"$//')
BODIES=""
for i in $(seq 1 $SIGNIN_ACCOUNTS); do
  curl -s -b $JAR -c $JAR -o /dev/null -X POST $BASE/signup --data-urlencode "csrf-token=$T" \
    --data-urlencode firstName=Bench --data-urlencode lastName=Mark --data-urlencode "email=bench-$i@example.com" \
    --data-urlencode country=FR --data-urlencode "password=$PASSWORD" --data-urlencode adult=on \
    --data-urlencode acceptPolicy=on --data-urlencode "policyVersion=$POLICY"
  BODIES+="csrf-token=$T&email=bench-$i%40example.com&password=$(printf %s "$PASSWORD" | sed 's/ /+/g')"$'\n'
done
export BENCH_COOKIE="custodian_csrf=$(awk '$6 == "custodian_csrf" {print $7}' $JAR)"
status=$(curl -s -b $JAR -c $JAR -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
  --data "$(head -n 1 <<< "$BODIES")" $BASE/login)
[ "$status" = 303 ] || { echo "Custodian sign-in check answered $status, expected 303" >&2; exit 1; }
SESSION="custodian_session=$(awk '$6 == "custodian_session" {print $7}' $JAR)"
for page in /account /account/profile; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SESSION" "$BASE$page")
  [ "$status" = 200 ] || { echo "Custodian $page answered $status, expected 200" >&2; exit 1; }
done
HANDLE=benchprofile
insert_public_profile $HANDLE "SELECT id FROM account WHERE email = 'bench-1@example.com'"
$DB -q <<SQL
INSERT INTO account (email, email_normalized, email_verified_at, status, first_name, last_name, country, roles,
                     adult_attested_at, created_at)
SELECT 'subscriber-' || n || '@example.com', 'subscriber-' || n || '@example.com', now(), 'ACTIVE', 'Bench', 'Mark',
       'FR', '', now(), now() FROM generate_series(1, $UNSUBSCRIBE_ACCOUNTS) AS n;
INSERT INTO communication_preference (account_id, category, subscribed, updated_at)
SELECT id, 'newsletter', TRUE, now() FROM account WHERE email LIKE 'subscriber-%';
SQL
UNSUBSCRIBE_LINKS=$WORK/unsubscribe-links.txt
$DB -tAc "SELECT id FROM account WHERE email LIKE 'subscriber-%' ORDER BY random()" \
  | java -cp "target/classes:target/quarkus-app/lib/main/*" bench/UnsubscribeTokens.java > $UNSUBSCRIBE_LINKS
resubscribe() {
  $DB -qc "UPDATE communication_preference SET subscribed = TRUE WHERE NOT subscribed" \
    -c "VACUUM ANALYZE communication_preference" -c "VACUUM ANALYZE consent_event" -c "CHECKPOINT" > /dev/null
}
resubscribe

# --- Keycloak's: a token for its account REST API ------------------------------------------------
KC_BODIES=""
for i in $(seq 1 $SIGNIN_ACCOUNTS); do
  KC_BODIES+="grant_type=password&client_id=bench&scope=openid&username=bench-$i&password=$(printf %s "$PASSWORD" | sed 's/ /+/g')"$'\n'
done
kc_token() {
  curl -sf -X POST "$KC/realms/bench/protocol/openid-connect/token" --data "$(head -n 1 <<< "$KC_BODIES")" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}
KC_TOKEN=$(kc_token)
for page in /realms/bench/account/; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$KC$page")
  [ "$status" = 200 ] || { echo "Keycloak $page answered $status, expected 200" >&2; exit 1; }
done
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KC_TOKEN" -H 'Accept: application/json' \
  "$KC/realms/bench/account/")
[ "$status" = 200 ] || { echo "Keycloak's account API answered $status, expected 200" >&2; exit 1; }

# --- the load -------------------------------------------------------------------------------------
# wrk's requests/s and p99 (ms) of one run: "rate p99".
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/, "", v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v*=1000} printf "%.1f", v}'; }
load() {
  local seconds=$1 connections=$2 out=$WORK/wrk.txt errors
  shift 2
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" > $out
  errors=$(grep -E 'Non-2xx|Socket errors' $out || true)
  [ -z "$errors" ] || echo "  ($* : $errors)" >&2
  echo "$(awk '/Requests\/sec/ {print $2}' $out) $(awk '$1 == "99%" {print $2}' $out | to_ms)"
}
# The measures: name, connections, server (kc or app), wrk arguments.
signin_app() { BENCH_BODIES="$BODIES" load "$1" "$2" -s bench/signin.lua "$BASE/login"; }
signin_kc() { BENCH_BODIES="$KC_BODIES" BENCH_COOKIE="" load "$1" "$2" -s bench/signin.lua "$KC/realms/bench/protocol/openid-connect/token"; }
dashboard_app() { load "$1" "$2" -H "Cookie: $SESSION" "$BASE/account"; }
# Keycloak's account console is one page for all of it, as in the issue's table: its shell (the
# data then comes from its account API, measured on its own below).
dashboard_kc() { load "$1" "$2" "$KC/realms/bench/account/"; }
profile_app() { load "$1" "$2" -H "Cookie: $SESSION" "$BASE/account/profile"; }
profile_kc() { dashboard_kc "$@"; }
account_api_kc() { load "$1" "$2" -H "Authorization: Bearer $KC_TOKEN" -H 'Accept: application/json' "$KC/realms/bench/account/"; }
unsubscribe_app() {
  BENCH_PATHS=$UNSUBSCRIBE_LINKS BENCH_THREADS=2 load "$1" "$2" -s bench/unsubscribe.lua "$BASE"
}
public_profile_app() { load "$1" "$2" "$BASE/p/$HANDLE"; }

MEASURES=(
  "signin_c2 2 signin"
  "signin_c4 4 signin"
  "dashboard 8 dashboard"
  "profile 8 profile"
  "account_api 8 account_api"
  "unsubscribe 16 unsubscribe"
  "public_profile 16 public_profile"
)
has() { declare -F "$1" > /dev/null; }

echo "== warm-up ($WARM_SECONDS s a measure, each server)"
for m in "${MEASURES[@]}"; do
  read -r name connections what <<< "$m"
  if has "${what}_kc"; then "${what}_kc" "$WARM_SECONDS" "$connections" > /dev/null; fi
  if has "${what}_app"; then "${what}_app" "$WARM_SECONDS" "$connections" > /dev/null; fi
  [ "$what" != unsubscribe ] || resubscribe
done

# The pure argon2id rate of each one's parameters: Custodian's (m=19456 KiB, t=2) and Keycloak 26's
# default (m=7168 KiB, t=5), one thread per core: Custodian's on the image's java and options,
# Keycloak's on its java, both under the container's limit.
HASH_CP=target/classes:$(ls target/quarkus-app/lib/main/org.bouncycastle.bcprov-jdk18on-*.jar)
hash_rate() {
  local java=$1
  shift
  # shellcheck disable=SC2086
  "$java" $MAX_RAM "$@" -cp "$HASH_CP" bench/HashRate.java "$SECONDS_PER_RUN" | sed 's/.*rate=//'
}

for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round of $ROUNDS ($SECONDS_PER_RUN s a measure)"
  # shellcheck disable=SC2086
  record app_hash "$(hash_rate "$BENCH_JAVA" $IMAGE_JAVA_TOOL_OPTIONS -Dmemory=19456 -Diterations=2)"
  record kc_hash "$(hash_rate "$KEYCLOAK_JAVA_HOME/bin/java" -Dmemory=7168 -Diterations=5)"
  for m in "${MEASURES[@]}"; do
    read -r name connections what <<< "$m"
    line="$name (c=$connections):"
    if has "${what}_kc"; then
      read -r rate p99 <<< "$("${what}_kc" "$SECONDS_PER_RUN" "$connections")"
      record "kc_$name" "$rate"; record "kc_${name}_p99" "$p99"
      line+=" Keycloak $rate/s p99 $p99 ms;"
    fi
    if has "${what}_app"; then
      read -r rate p99 <<< "$("${what}_app" "$SECONDS_PER_RUN" "$connections")"
      record "app_$name" "$rate"; record "app_${name}_p99" "$p99"
      line+=" Custodian $rate/s p99 $p99 ms"
    fi
    echo "$line"
    [ "$what" != unsubscribe ] || resubscribe
  done
done
# Every unsubscribe answered was a withdrawal written before its answer: the ledger has them all.
WITHDRAWALS=$($DB -tAc "SELECT count(*) FROM consent_event WHERE action = 'WITHDRAW' AND source = 'ONE_CLICK'")
# kc.sh waits for its JVM, a child process
KC_RSS=$(rss_mib "$(pgrep -P $KC_PID java)")
APP_RSS=$(rss_mib $APP_PID)

# --- the table ------------------------------------------------------------------------------------
# ASCII only in the table: printf pads by bytes
cell() { [ -n "${RESULTS[$1]:-}" ] && echo "$(median "${RESULTS[$1]}") ($(range "${RESULTS[$1]}"))" || echo "-"; }
ratio() { [ -n "${RESULTS[$1]:-}" ] && [ -n "${RESULTS[$2]:-}" ] \
  && awk -v a="$(median "${RESULTS[$1]}")" -v b="$(median "${RESULTS[$2]}")" 'BEGIN {printf "%.2fx", a / b}' || echo "-"; }
# sign-in ÷ its own pure argon2id rate, per round
for who in app kc; do
  for c in c2 c4; do
    read -r -a rates <<< "${RESULTS[${who}_signin_$c]}"
    read -r -a hashes <<< "${RESULTS[${who}_hash]}"
    for i in "${!rates[@]}"; do
      record "${who}_signin_${c}_ratio" "$(awk -v a="${rates[$i]}" -v b="${hashes[$i]}" 'BEGIN {printf "%.2f", a / b}')"
    done
  done
done
row() { printf '%-44s | %-28s | %-28s | %-8s | %s\n' "$@"; }
echo
echo "== Keycloak $KEYCLOAK_VERSION and Custodian, medians of $ROUNDS rounds (range), $(nproc) cores, $(date -u +%FT%TZ)"
row "measure" "Keycloak" "Custodian" "ratio" "target"
row "argon2id hashes/s, own parameters" "$(cell kc_hash)" "$(cell app_hash)" "" ""
row "sign-in ÷ pure argon2id, c=2" "$(cell kc_signin_c2_ratio)" "$(cell app_signin_c2_ratio)" "" ">= 0.9"
row "sign-in ÷ pure argon2id, c=4" "$(cell kc_signin_c4_ratio)" "$(cell app_signin_c4_ratio)" "" ">= 0.9"
row "  sign-ins/s, c=2" "$(cell kc_signin_c2)" "$(cell app_signin_c2)" "$(ratio app_signin_c2 kc_signin_c2)" ""
row "  sign-ins/s, c=4" "$(cell kc_signin_c4)" "$(cell app_signin_c4)" "$(ratio app_signin_c4 kc_signin_c4)" ""
row "/account (KC: account console), c=8, req/s" "$(cell kc_dashboard)" "$(cell app_dashboard)" "$(ratio app_dashboard kc_dashboard)" ">= 5x"
row "  p99 ms" "$(cell kc_dashboard_p99)" "$(cell app_dashboard_p99)" "" "< 15"
row "/account/profile (KC: account console), c=8" "$(cell kc_profile)" "$(cell app_profile)" "$(ratio app_profile kc_profile)" ">= 4x"
row "  p99 ms" "$(cell kc_profile_p99)" "$(cell app_profile_p99)" "" ""
row "Keycloak's account API (JSON), c=8" "$(cell kc_account_api)" "-" "" ""
row "one-click unsubscribe POST, c=16, req/s" "-" "$(cell app_unsubscribe)" "" ">= 10000"
row "  p99 ms" "-" "$(cell app_unsubscribe_p99)" "" "< 10"
row "anonymous /p/{handle}, c=16, req/s" "-" "$(cell app_public_profile)" "" ">= 6000"
row "  p99 ms" "-" "$(cell app_public_profile_p99)" "" ""
row "start to first answer, ms ($STARTS starts)" "$(cell kc_start)" "$(cell app_start)" "$(ratio app_start kc_start)" "< 1500"
row "RSS after the load, MiB ($MAX_RAM)" "$KC_RSS" "$APP_RSS" "" "< 300"
echo "one-click withdrawals in the consent ledger: $WITHDRAWALS; took $(((SECONDS - BEGAN) / 60)) min $(((SECONDS - BEGAN) % 60)) s"
