#!/usr/bin/env bash
# One-click unsubscribe under load (issue 6). Rerunnable:
#   ./mvnw package -DskipTests && bash bench/unsubscribe.sh [seconds] [connections] [accounts]
# Needs what bench/lib.sh says.
# Starts the packaged application on port 8089 against the database `custodian_bench`, inserts
# `accounts` verified accounts subscribed to the newsletter, computes each one's unsubscribe link,
# then has wrk (a second process, over loopback) POST them as mailbox providers do and prints
# requests/s and latency percentiles. Afterwards it checks that every request that got its 200
# left a withdrawal in the consent ledger.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CONNECTIONS=${2:-16}
ACCOUNTS=${3:-150000}
THREADS=${BENCH_WRK_THREADS:-2}
. bench/lib.sh
start_app

RUN=$(date +%s)
echo "== inserting $ACCOUNTS subscribed accounts (run $RUN)"
$DB -q <<SQL
INSERT INTO account (email, email_normalized, email_verified_at, status, first_name, last_name, country, roles,
                     adult_attested_at, created_at)
SELECT 'bench-$RUN-' || n || '@example.com', 'bench-$RUN-' || n || '@example.com', now(), 'ACTIVE', 'Bench', 'Mark',
       'FR', '', now(), now()
FROM generate_series(1, $ACCOUNTS) AS n;
INSERT INTO communication_preference (account_id, category, subscribed, updated_at)
SELECT id, 'NEWSLETTER', TRUE, now() FROM account WHERE email LIKE 'bench-$RUN-%';
SQL
# The seeding is not the workload: flush it to disk now, so the measure does not pay for it.
$DB -qc "VACUUM ANALYZE account" -c "VACUUM ANALYZE communication_preference" -c "VACUUM ANALYZE consent_event" \
  -c "CHECKPOINT"
PATHS=target/bench-unsubscribe-paths.txt
$DB -tAc "SELECT id FROM account WHERE email LIKE 'bench-$RUN-%' ORDER BY random()" | java bench/UnsubscribeTokens.java > $PATHS
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data 'List-Unsubscribe=One-Click' "$BASE$(tail -n 1 $PATHS)")
[ "$status" = 200 ] || { echo "one-click check answered $status, expected 200" >&2; exit 1; }

echo "== warm-up (10 s, on the last tenth of the links)"
WARM=target/bench-unsubscribe-warm.txt
tail -n $((ACCOUNTS / 10)) $PATHS > $WARM
BENCH_PATHS=$WARM BENCH_THREADS=$THREADS wrk -t$THREADS -c$CONNECTIONS -d10s -s bench/unsubscribe.lua $BASE > /dev/null
echo "== measure ($SECONDS_PER_RUN s, $CONNECTIONS connections, fresh links)"
head -n $((ACCOUNTS - ACCOUNTS / 10)) $PATHS > target/bench-unsubscribe-measure.txt
BENCH_PATHS=target/bench-unsubscribe-measure.txt BENCH_THREADS=$THREADS \
  wrk -t$THREADS -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -s bench/unsubscribe.lua $BASE | tee target/bench-unsubscribe.txt

REQUESTS=$(awk '/requests in/ {print $1}' target/bench-unsubscribe.txt)
ERRORS=$(grep -E 'Non-2xx|Socket errors' target/bench-unsubscribe.txt || true)
WITHDRAWN=$($DB -tAc "SELECT count(*) FROM consent_event e JOIN account a ON a.id = e.account_id
  WHERE a.email LIKE 'bench-$RUN-%' AND e.action = 'WITHDRAW' AND e.source = 'ONE_CLICK'")
STILL=$($DB -tAc "SELECT count(*) FROM communication_preference p JOIN account a ON a.id = p.account_id
  WHERE a.email LIKE 'bench-$RUN-%' AND p.subscribed")
echo "== requests answered: $REQUESTS; withdrawals recorded: $WITHDRAWN (includes the check and the warm-up); still subscribed: $STILL of $ACCOUNTS"
[ -z "$ERRORS" ] || echo "errors: $ERRORS"
[ $((WITHDRAWN + STILL)) = "$ACCOUNTS" ] || { echo "ledger and preferences disagree" >&2; exit 1; }
