#!/usr/bin/env bash
# Outbox throughput (issue 3): mails per second from the outbox table to a real SMTP server
# (GreenMail, in the test JVM), with one dispatcher and with two claiming batches at once
# (FOR UPDATE SKIP LOCKED). Uses the test PostgreSQL, like ./mvnw verify.
#   bash bench/outbox.sh [mails-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test -Dtest=OutboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.outbox=true -Dbench.outbox.mails="${1:-2000}" 2>&1 | grep '^OUTBOX' || {
  echo "benchmark did not run: see target/surefire-reports" >&2; exit 1; }
