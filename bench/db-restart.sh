#!/usr/bin/env bash
# A PostgreSQL restart under load (issue 17, point 17). Rerunnable, as root on a machine whose
# PostgreSQL cluster may be restarted (it is, once):
#   ./mvnw package -DskipTests && bash bench/db-restart.sh [seconds] [connections]
# Starts the packaged application (bench/lib.sh), has wrk GET /privacy (which reads the database)
# for `seconds` (default 20) over `connections` (default 4), restarts PostgreSQL 5 s in, and prints
# the answers by status, the readiness seen during the restart, and how many requests failed after
# the first success once PostgreSQL was back (must be 0: no stale pooled connection fails a request).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-4}
# shellcheck source=bench/lib.sh
source bench/lib.sh
start_app
CLUSTER=$(ls /etc/postgresql | sort -V | tail -n 1)
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/status-counts.lua "$BASE/privacy" > target/bench-db-restart.txt &
WRK=$!
sleep 5
START=$(date +%s%N)
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main stop -m fast
echo "readiness while PostgreSQL is stopped: $(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:9089/q/health/ready)"
echo "a page while PostgreSQL is stopped: $(curl -s -o /dev/null -w '%{http_code}' "$BASE/privacy")"
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start
echo "PostgreSQL was down for $(( ($(date +%s%N) - START) / 1000000 )) ms"
wait $WRK
cat target/bench-db-restart.txt
