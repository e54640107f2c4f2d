#!/usr/bin/env bash
# Sign-in throughput against the pure argon2id rate (issue 2). Rerunnable:
#   ./mvnw package -DskipTests && bash bench/signin.sh [seconds-per-measure] [rounds] [connections] [accounts]
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth), wrk (apt-get install wrk), curl, Linux /proc.
# Takes 5 to 10 minutes, most of it warming up.
# Starts the packaged application on port 8089 against a database `custodian_bench`, signs 32
# accounts up, then has wrk (a second process, over loopback) post complete sign-ins (4 connections),
# alternating with HashRate.java (argon2id, same parameters, one thread per core; the faster of
# BouncyCastle's generator and Custodian's Argon2id), and prints both rates and their ratio for each round.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
ROUNDS=${2:-3}
# Enough concurrent sign-ins that both cores hash while others wait on the database.
CONNECTIONS=${3:-4}
# shellcheck source=bench/lib.sh
source bench/lib.sh
# The address limit would stop a benchmark from one address after ten tries: lift it here only.
export CUSTODIAN_RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE=100000000 CUSTODIAN_RATE_LIMIT_SIGNUP_PER_ADDRESS_PER_HOUR=100000
# Plain HTTP on loopback: the production __Host-/Secure cookies would not be sent back by curl.
BENCH_JAVA_OPTS="-Dcustodian.session.cookie-name=custodian_session -Dcustodian.session.secure-cookie=false \
  -Dquarkus.rest-csrf.cookie-name=custodian_csrf -Dquarkus.rest-csrf.cookie-force-secure=false ${BENCH_JAVA_OPTS:-}"
start_app

JAR=target/bench-cookies.txt
rm -f $JAR
token() { curl -s -b $JAR -c $JAR "$BASE$1" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
PASSWORD="violet lantern drifts over a quiet harbour"
ACCOUNTS=${4:-32}
signup() {
  local T
  T=$(token /signup)
  curl -s -b $JAR -c $JAR -o /dev/null -X POST $BASE/signup --data-urlencode "csrf-token=$T" \
    --data-urlencode firstName=Bench --data-urlencode lastName=Mark --data-urlencode "email=$1" \
    --data-urlencode country=FR --data-urlencode "password=$PASSWORD" --data-urlencode adult=on \
    --data-urlencode acceptPolicy=on --data-urlencode policyVersion=2026-11
}
T=$(token /login)
CSRF_COOKIE=$(awk '$6 == "custodian_csrf" {print $7}' $JAR)
export BENCH_COOKIE="custodian_csrf=$CSRF_COOKIE"
BENCH_BODIES=""
for i in $(seq 1 "$ACCOUNTS"); do
  EMAIL="bench-$i-$(date +%s%N)@example.com"
  signup "$EMAIL"
  BENCH_BODIES+="csrf-token=$T&email=$(printf %s "$EMAIL" | sed 's/@/%40/')&password=$(printf %s "$PASSWORD" | sed 's/ /+/g')"$'\n'
done
export BENCH_BODIES
FIRST_BODY=$(printf %s "$BENCH_BODIES" | head -n 1)
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Cookie: $BENCH_COOKIE" \
  -H 'Content-Type: application/x-www-form-urlencoded' --data "$FIRST_BODY" $BASE/login)
[ "$status" = 303 ] || { echo "sign-in check answered $status, expected 303" >&2; exit 1; }

# This machine's speed drifts a lot from minute to minute (a shared virtual machine), so the two
# rates are measured in alternating rounds and compared round by round, never across minutes.
HASH_CP=target/classes:$(ls target/quarkus-app/lib/main/org.bouncycastle.bcprov-jdk18on-*.jar)
# At a few dozen sign-ins a second the JIT takes minutes to compile the framework's code, and
# until then the compiler takes a good part of a core that HashRate would have had.
warm_up wrk -t1 -c${CONNECTIONS} -d10s -s bench/signin.lua $BASE/login
RATIOS=()
for round in $(seq 1 "$ROUNDS"); do
  SIGNIN_RATE=$(wrk -t1 -c${CONNECTIONS} -d${SECONDS_PER_RUN}s -s bench/signin.lua $BASE/login | tee target/bench-signin-$round.txt \
    | awk '/Requests\/sec/ {print $2}')
  LATENCY=$(grep '^p50' target/bench-signin-$round.txt)
  HASH_LINE=$(java -cp "$HASH_CP" bench/HashRate.java "$SECONDS_PER_RUN")
  HASH_RATE=${HASH_LINE##*rate=}
  HASH_BY=$(printf %s "$HASH_LINE" | grep -o 'bouncycastle=[0-9.]* custodian=[0-9.]*')
  RATIO=$(awk -v a="$SIGNIN_RATE" -v b="$HASH_RATE" 'BEGIN {printf "%.2f", a / b}')
  RATIOS+=("$RATIO")
  echo "round $round: sign-ins/s=$SIGNIN_RATE ($LATENCY) argon2id hashes/s=$HASH_RATE ($HASH_BY) ratio=$RATIO"
done
MEDIAN=$(printf '%s\n' "${RATIOS[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median ratio=$MEDIAN (target >= 0.80)"

# No account enumeration by timing: a wrong password for an existing account and any password
# for an unknown address should take the same time. Alternating single requests, medians.
echo "== refusal times, existing vs unknown address (20 each)"
EXISTING=(); UNKNOWN=()
for i in $(seq 1 20); do
  OTHER="timing-$i-$(date +%s%N)@example.com"
  signup "$OTHER"
  T=$(token /login)
  EXISTING+=("$(curl -s -b $JAR -o /dev/null -w '%{time_total}' -X POST $BASE/login --data-urlencode "csrf-token=$T" \
    --data-urlencode "email=$OTHER" --data-urlencode "password=not the password at all")")
  UNKNOWN+=("$(curl -s -b $JAR -o /dev/null -w '%{time_total}' -X POST $BASE/login --data-urlencode "csrf-token=$T" \
    --data-urlencode "email=nobody-$i-$(date +%s%N)@example.com" --data-urlencode "password=not the password at all")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%.1f ms", a[int((NR+1)/2)] * 1000}'; }
echo "wrong password, existing account: median $(median "${EXISTING[@]}")"
echo "unknown address:                  median $(median "${UNKNOWN[@]}")"
