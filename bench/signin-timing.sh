#!/usr/bin/env bash
# Sign-in refusal times for an existing account (wrong password) against an unknown address
# (issue 17, point 6): they must not tell whether an account exists. Rerunnable:
#   ./mvnw package -DskipTests && bash bench/signin-timing.sh [samples]
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth), curl, psql, wrk (for bench/lib.sh). Takes 1 to 2 minutes.
# Starts the packaged application (bench/lib.sh), signs accounts up, warms up with 100 refusals of
# each kind, then sends `samples` (default 200) of each, alternating one of each kind, one at a
# time over loopback; each existing account is refused at most four times, below the five failures
# after which an address must wait. Prints the median, quartiles and the difference of the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES=${1:-200}
WARM=100
# shellcheck source=bench/lib.sh
source bench/lib.sh
export CUSTODIAN_RATE_LIMIT_LOGIN_PER_ADDRESS_PER_MINUTE=100000000 CUSTODIAN_RATE_LIMIT_SIGNUP_PER_ADDRESS_PER_HOUR=100000
# Plain HTTP on loopback: the production __Host-/Secure cookies would not be sent back by curl.
BENCH_JAVA_OPTS="-Dcustodian.session.cookie-name=custodian_session -Dcustodian.session.secure-cookie=false \
  -Dquarkus.rest-csrf.cookie-name=custodian_csrf -Dquarkus.rest-csrf.cookie-force-secure=false ${BENCH_JAVA_OPTS:-}"
start_app

JAR=target/bench-timing-cookies.txt
rm -f $JAR
token() { curl -s -b $JAR -c $JAR "$BASE$1" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
PASSWORD="violet lantern drifts over a quiet harbour"
RUN=$(date +%s%N)
ACCOUNTS=$(( (SAMPLES + WARM + 3) / 4 ))
echo "== signing up $ACCOUNTS accounts"
for i in $(seq 1 $ACCOUNTS); do
  T=$(token /signup)
  curl -s -b $JAR -c $JAR -o /dev/null -X POST $BASE/signup --data-urlencode "csrf-token=$T" \
    --data-urlencode firstName=Bench --data-urlencode lastName=Mark --data-urlencode "email=timing-$RUN-$i@example.com" \
    --data-urlencode country=FR --data-urlencode "password=$PASSWORD" --data-urlencode adult=on \
    --data-urlencode acceptPolicy=on --data-urlencode policyVersion=2026-11
done
T=$(token /login)
refuse() {
  curl -s -b $JAR -o /dev/null -w '%{time_total}\n' -X POST $BASE/login --data-urlencode "csrf-token=$T" \
    --data-urlencode "email=$1" --data-urlencode "password=not the password at all"
}
EXISTING=(); UNKNOWN=()
n=0
for i in $(seq 1 $((WARM + SAMPLES))); do
  account="timing-$RUN-$(( (i - 1) / 4 + 1 ))@example.com"
  e=$(refuse "$account")
  u=$(refuse "nobody-$RUN-$i@example.com")
  if [ "$i" -gt "$WARM" ]; then EXISTING+=("$e"); UNKNOWN+=("$u"); n=$((n + 1)); fi
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1*1000} END {printf "median %.2f ms (quartiles %.2f-%.2f ms, n=%d)", a[int((NR+1)/2)], a[int((NR+3)/4)], a[int((3*NR+1)/4)], NR}'; }
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1*1000} END {print a[int((NR+1)/2)]}'; }
echo "wrong password, existing account: $(stats "${EXISTING[@]}")"
echo "unknown address:                  $(stats "${UNKNOWN[@]}")"
awk -v e="$(med "${EXISTING[@]}")" -v u="$(med "${UNKNOWN[@]}")" 'BEGIN {printf "difference of the medians: %.2f ms\n", e - u}'
