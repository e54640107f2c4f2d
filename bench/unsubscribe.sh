#!/usr/bin/env bash
# One-click unsubscribe under load (issue 6). Rerunnable:
#   ./mvnw package -DskipTests && bash bench/unsubscribe.sh [seconds] [connections] [accounts]
# Needs what bench/lib.sh says.
# Starts the packaged application on port 8089 against the database `custodian_bench`, inserts
# 50,000 warm-up accounts and `accounts` measured ones, verified and subscribed to the newsletter,
# computes each one's unsubscribe link, then has wrk (a second process, over loopback) POST them
# as mailbox providers do: first the warm-up links, re-subscribing those accounts after each
# 10 s so that every POST really withdraws, until the JIT compilers are idle; then each measured
# link once. Prints requests/s and latency percentiles, and checks that every measured request
# that got its 200 left a withdrawal in the consent ledger.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CONNECTIONS=${2:-16}
ACCOUNTS=${3:-300000}
WARM_ACCOUNTS=50000
THREADS=${BENCH_WRK_THREADS:-2}
. bench/lib.sh
start_app

RUN=$(date +%s)
echo "== inserting $WARM_ACCOUNTS + $ACCOUNTS subscribed accounts (run $RUN)"
$DB -q <<SQL
INSERT INTO account (email, email_normalized, email_verified_at, status, first_name, last_name, country, roles,
                     adult_attested_at, created_at)
SELECT e, e, now(), 'ACTIVE', 'Bench', 'Mark', 'FR', '', now(), now()
FROM (SELECT 'bench-$RUN-warm-' || n || '@example.com' FROM generate_series(1, $WARM_ACCOUNTS) AS n
      UNION ALL SELECT 'bench-$RUN-measure-' || n || '@example.com' FROM generate_series(1, $ACCOUNTS) AS n) AS a(e);
INSERT INTO communication_preference (account_id, category, subscribed, updated_at)
SELECT id, 'newsletter', TRUE, now() FROM account WHERE email LIKE 'bench-$RUN-%';
SQL
# The seeding is not the workload: flush it to disk now, so the measure does not pay for it.
flush() {
  $DB -qc "VACUUM ANALYZE account" -c "VACUUM ANALYZE communication_preference" -c "VACUUM ANALYZE consent_event" \
    -c "CHECKPOINT"
}
flush
links() {
  $DB -tAc "SELECT id FROM account WHERE email LIKE 'bench-$RUN-$1-%' ORDER BY random()" | java -cp "target/classes:target/quarkus-app/lib/main/*" bench/UnsubscribeTokens.java
}
WARM=target/bench-unsubscribe-warm.txt
MEASURE=target/bench-unsubscribe-measure.txt
links warm > $WARM
links measure > $MEASURE
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data 'List-Unsubscribe=One-Click' "$BASE$(tail -n 1 $WARM)")
[ "$status" = 200 ] || { echo "one-click check answered $status, expected 200" >&2; exit 1; }

warm_window() {
  BENCH_PATHS=$WARM BENCH_THREADS=$THREADS wrk -t$THREADS -c$CONNECTIONS -d10s -s bench/unsubscribe.lua $BASE
  $DB -qc "UPDATE communication_preference SET subscribed = TRUE WHERE account_id IN
    (SELECT id FROM account WHERE email LIKE 'bench-$RUN-warm-%')" > /dev/null
}
warm_up warm_window
# Nor are the warm-up's re-subscriptions: flush them too, so that the measure does not run beside
# a checkpoint or an autovacuum that they caused.
flush
echo "== measure ($SECONDS_PER_RUN s, $CONNECTIONS connections, fresh links)"
BENCH_PATHS=$MEASURE BENCH_THREADS=$THREADS \
  wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -s bench/unsubscribe.lua $BASE | tee target/bench-unsubscribe.txt

REQUESTS=$(awk '/requests in/ {print $1}' target/bench-unsubscribe.txt)
ERRORS=$(grep -E 'Non-2xx|Socket errors' target/bench-unsubscribe.txt || true)
WITHDRAWN=$($DB -tAc "SELECT count(*) FROM consent_event e JOIN account a ON a.id = e.account_id
  WHERE a.email LIKE 'bench-$RUN-measure-%' AND e.action = 'WITHDRAW' AND e.source = 'ONE_CLICK'")
STILL=$($DB -tAc "SELECT count(*) FROM communication_preference p JOIN account a ON a.id = p.account_id
  WHERE a.email LIKE 'bench-$RUN-measure-%' AND p.subscribed")
echo "== measured requests answered: $REQUESTS; withdrawals recorded: $WITHDRAWN; still subscribed: $STILL of $ACCOUNTS"
[ -z "$ERRORS" ] || echo "errors: $ERRORS"
[ $((WITHDRAWN + STILL)) = "$ACCOUNTS" ] || { echo "ledger and preferences disagree" >&2; exit 1; }
if [ "$REQUESTS" -gt "$ACCOUNTS" ]; then
  echo "the measure used more requests than links: rerun with more accounts" >&2
  exit 1
fi
# wrk does not count the requests still open when it stops: the server may have done those too.
if [ "$WITHDRAWN" -lt "$REQUESTS" ] || [ "$WITHDRAWN" -gt $((REQUESTS + CONNECTIONS)) ]; then
  echo "$REQUESTS answered but $WITHDRAWN recorded" >&2
  exit 1
fi
