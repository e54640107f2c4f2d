#!/usr/bin/env bash
# Product updates through the billing API (issue 20). Rerunnable:
#   ./mvnw package -DskipTests && bash bench/api-products.sh [seconds] [connections] [accounts]
# Needs what bench/lib.sh says, and openssl; without wrk, bench/ApiProducts.java sends the load.
# Starts the packaged application on port 8089 against the database `custodian_bench` (the per-key
# rate limit raised out of the way, so that its bucket is still checked on every call but never
# refuses), inserts open accounts and an API key with products:write (its SHA-256 only, as the
# admin page does), then has wrk (a second process, over loopback) PUT products, each call
# authenticated, rate-limited, counted on the key and committed under the account-row lock.
# Prints requests/s and latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CONNECTIONS=${2:-16}
ACCOUNTS=${3:-200}
THREADS=2
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dcustodian.api.requests-per-minute=1000000000"
command -v wrk >/dev/null || export BENCH_WITHOUT_WRK=1
. bench/lib.sh
start_app

RUN="apibench$(date +%s)"
PREFIX=$(openssl rand -hex 5)
export BENCH_KEY="cus_${PREFIX}_$(openssl rand -base64 32 | tr '+/' '-_' | tr -d '=\n')"
HASH=$(printf '%s' "$BENCH_KEY" | sha256sum | cut -d' ' -f1)
# BENCH_RUN keeps each run's product ids its own (an id of an earlier run is another account's)
export BENCH_ACCOUNTS=target/bench-api-accounts.txt BENCH_PRODUCTS=4 BENCH_RUN=$RUN
$DB -q -c "INSERT INTO api_key (name, prefix, secret_hash, scopes, created_at)
           VALUES ('$RUN', '$PREFIX', '$HASH', 'products:write', now())"
$DB -tA > "$BENCH_ACCOUNTS" <<SQL
INSERT INTO account (email, email_normalized, email_verified_at, status, first_name, last_name, country,
                     roles, adult_attested_at, created_at)
SELECT '$RUN-' || n || '@example.com', '$RUN-' || n || '@example.com', now(), 'ACTIVE', 'Camille', 'Martin', 'FR',
       '', now(), now()
FROM generate_series(1, $ACCOUNTS) AS n
RETURNING id;
SQL
sed -i '/^$/d;/^INSERT/d' "$BENCH_ACCOUNTS"
FIRST=$(head -1 "$BENCH_ACCOUNTS")
status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $BENCH_KEY" \
  -H 'Content-Type: application/json' "$BASE/api/v1/products/bench-check-$RUN" \
  -d "{\"accountId\": \"$FIRST\", \"name\": \"Check\", \"kind\": \"Hosting\", \"status\": \"ACTIVE\", \"startedOn\": \"2026-01-01\"}")
[ "$status" = 201 ] || { echo "the API answered $status, expected 201: see target/bench-app.log" >&2; exit 1; }

if command -v wrk >/dev/null; then
  warm_up wrk -t$THREADS -c"$CONNECTIONS" -d10s -s bench/api-products.lua "$BASE"
  echo "== measure ($SECONDS_PER_RUN s, $CONNECTIONS connections, $ACCOUNTS accounts x $BENCH_PRODUCTS products)"
  wrk -t$THREADS -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s bench/api-products.lua "$BASE" \
    | tee target/bench-api-products.txt
else
  # no wrk: bench/ApiProducts.java sends the same requests (a fixed 60 s warm-up, not lib.sh's)
  echo "== warm-up 60 s (java bench/ApiProducts.java)"
  java bench/ApiProducts.java "$BASE" "$BENCH_KEY" "$BENCH_ACCOUNTS" "$RUN" 60 "$CONNECTIONS"
  echo "== measure ($SECONDS_PER_RUN s, $CONNECTIONS connections, $ACCOUNTS accounts x $BENCH_PRODUCTS products)"
  java bench/ApiProducts.java "$BASE" "$BENCH_KEY" "$BENCH_ACCOUNTS" "$RUN" "$SECONDS_PER_RUN" "$CONNECTIONS" \
    | tee target/bench-api-products.txt
fi
$DB -tAc "SELECT 'key uses counted: ' || use_count FROM api_key WHERE prefix = '$PREFIX'"
