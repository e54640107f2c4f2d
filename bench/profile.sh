#!/usr/bin/env bash
# A public profile page under load, for an anonymous visitor (issue 7). Rerunnable:
#   ./mvnw package -DskipTests && bash bench/profile.sh [seconds] [connections]
# Needs what bench/lib.sh says.
# Starts the packaged application on port 8089 against the database `custodian_bench`, inserts
# a member whose name, headline, city, about and three experiences are public, then has wrk (a
# second process, over loopback) GET /p/{handle} without cookies and prints requests/s and
# latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
CONNECTIONS=${2:-16}
. bench/lib.sh
start_app

HANDLE="bench$(date +%s)"
insert_public_member "$HANDLE"
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/p/$HANDLE")
[ "$status" = 200 ] || { echo "profile check answered $status, expected 200" >&2; exit 1; }

warm_up wrk -t2 -c"$CONNECTIONS" -d10s "$BASE/p/$HANDLE"
echo "== measure ($SECONDS_PER_RUN s, $CONNECTIONS connections)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$BASE/p/$HANDLE" | tee target/bench-profile.txt
