#!/usr/bin/env bash
# An SMTP outage, scaled down in time (issue 17, point 16). Rerunnable:
#   ./mvnw package -DskipTests && bash bench/smtp-outage.sh [mails] [outage-seconds]
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth), curl, psql, python3 3.11 (its smtpd module).
# Starts the packaged application (bench/lib.sh) sending mail to 127.0.0.1:2525, where nothing
# listens yet, with retries every 1 s doubling up to 5 s (so that the old limit of 8 attempts would
# have given every mail up after about 30 s), signs `mails` accounts up (default 200: one
# verification mail each), keeps SMTP down for `outage-seconds` (default 90), then starts a local
# SMTP sink and waits for the outbox to drain. Prints the outbox by status, the attempts, and the
# mails and distinct Message-IDs the sink received.
set -euo pipefail
cd "$(dirname "$0")/.."
MAILS=${1:-200}
OUTAGE=${2:-90}
# shellcheck source=bench/lib.sh
source bench/lib.sh
export CUSTODIAN_RATE_LIMIT_SIGNUP_PER_ADDRESS_PER_HOUR=100000
export CUSTODIAN_SMTP_HOST=127.0.0.1 CUSTODIAN_SMTP_PORT=2525 CUSTODIAN_SMTP_START_TLS=DISABLED CUSTODIAN_SMTP_LOGIN=DISABLED
BENCH_JAVA_OPTS="-Dcustodian.session.cookie-name=custodian_session -Dcustodian.session.secure-cookie=false \
  -Dquarkus.rest-csrf.cookie-name=custodian_csrf -Dquarkus.rest-csrf.cookie-force-secure=false \
  -Dcustodian.mail.dispatch=true ${BENCH_JAVA_OPTS:-}"
# (bench/lib.sh sets CUSTODIAN_MAIL_DISPATCH=false: the system property above wins over it)
export CUSTODIAN_MAIL_DISPATCH_EVERY=1s CUSTODIAN_MAIL_RETRY_BASE=1s CUSTODIAN_MAIL_RETRY_MAX=5s
start_app
SINK_LOG=target/bench-smtp-sink.txt
trap 'kill $APP_PID 2>/dev/null || true; [ -n "${SINK_PID:-}" ] && kill $SINK_PID 2>/dev/null || true' EXIT

RUN=$(date +%s%N)
$DB -qc "DELETE FROM outbox_mail"
OUTAGE_START=$(date +%s)
JAR=target/bench-smtp-cookies.txt
rm -f $JAR
token() { curl -s -b $JAR -c $JAR "$BASE$1" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
echo "== SMTP down; signing up $MAILS accounts"
for i in $(seq 1 "$MAILS"); do
  T=$(token /signup)
  curl -s -b $JAR -c $JAR -o /dev/null -X POST $BASE/signup --data-urlencode "csrf-token=$T" \
    --data-urlencode firstName=Bench --data-urlencode lastName=Mark --data-urlencode "email=outage-$RUN-$i@example.com" \
    --data-urlencode country=FR --data-urlencode "password=violet lantern drifts over a quiet harbour" \
    --data-urlencode adult=on --data-urlencode acceptPolicy=on --data-urlencode policyVersion=2026-11
done
sleep $(( OUTAGE - ($(date +%s) - OUTAGE_START) > 0 ? OUTAGE - ($(date +%s) - OUTAGE_START) : 0 ))
echo "== after ${OUTAGE} s of outage"
$DB -tAc "SELECT status, count(*), max(attempts) FROM outbox_mail GROUP BY status" | sed 's/^\([A-Z]*\)|\([0-9]*\)|\([0-9]*\)$/\1: \2 mails, at most \3 attempts/'
echo "== SMTP back"
python3 -u -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:2525 > "$SINK_LOG" 2>&1 &
SINK_PID=$!
for _ in $(seq 1 120); do
  [ "$($DB -tAc "SELECT count(*) FROM outbox_mail WHERE status = 'PENDING'")" = 0 ] && break
  sleep 1
done
$DB -tAc "SELECT status, count(*), max(attempts) FROM outbox_mail GROUP BY status" | sed 's/^\([A-Z]*\)|\([0-9]*\)|\([0-9]*\)$/\1: \2 mails, at most \3 attempts/'
# the sink prints each line of a message as a Python bytes literal: b'Message-ID: <...>'
echo "received by the sink: $(grep -cio "^b'message-id: <[^>]*>" "$SINK_LOG") mails, $(grep -io "^b'message-id: <[^>]*>" "$SINK_LOG" | sort -u | wc -l) distinct Message-IDs"
