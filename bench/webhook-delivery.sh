#!/usr/bin/env bash
# Webhook delivery throughput (issue 20): events per second from the webhook outbox to a real HTTP
# receiver on the loopback (a Vert.x server in the test JVM), signed, with one dispatcher and with
# two claiming batches at once (FOR UPDATE SKIP LOCKED). Uses the test PostgreSQL, like
# ./mvnw verify; the receiver and the application live and end with that one Maven process.
#   bash bench/webhook-delivery.sh [events-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test -Dtest=WebhookBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.webhooks=true -Dbench.webhooks.events="${1:-2000}" 2>&1 | grep '^WEBHOOKS' || {
  echo "benchmark did not run: see target/surefire-reports" >&2; exit 1; }
