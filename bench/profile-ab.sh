#!/usr/bin/env bash
# Two builds side by side on the public profile page: the application's CPU time per anonymous
# GET /p/{handle}, this checkout's build against another's, alternating 10 s rounds of wrk (c=16)
# so that both meet the same minute of a noisy machine. Rerunnable:
#   git worktree add /tmp/base <commit> && (cd /tmp/base && ./mvnw package -DskipTests)
#   ./mvnw package -DskipTests && bash bench/profile-ab.sh /tmp/base [rounds]
# Needs what bench/lib.sh says. This build listens on 8089/9089, the other on 8091/9091 (its log in
# its own target/), both on the database custodian_bench, so the two need the same migrations; both
# are stopped on exit. Prints each round's requests and CPU microseconds per request (utime + stime
# of the process, from /proc).
set -euo pipefail
OTHER=$(cd "${1:?the other checkout, built}" && pwd)
cd "$(dirname "$0")/.."
HERE=$PWD
ROUNDS=${2:-6}
. bench/lib.sh
launch_app
THIS_PID=$APP_PID
trap 'kill $THIS_PID ${OTHER_PID:-} 2>/dev/null || true' EXIT
# one after the other: both migrate the same database (so the builds need the same migrations)
wait_ready
# the other build with this checkout's lib.sh, which an older checkout may not have
OTHER_PID=$(cd "$OTHER" && BENCH_PORT=8091 BENCH_MANAGEMENT_PORT=9091 \
  bash -c '. "$1/bench/lib.sh"; launch_app; echo $APP_PID' _ "$HERE")
MANAGEMENT_PORT=9091 wait_ready

HANDLE="ab$(date +%s)"
insert_public_member "$HANDLE"
for port in 8089 8091; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/p/$HANDLE")
  [ "$status" = 200 ] || { echo "profile check on $port answered $status, expected 200" >&2; exit 1; }
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# pid port label: one round, printed
round() {
  local before after requests
  before=$(cpu_ticks "$1")
  requests=$(wrk -t2 -c16 -d10s "http://127.0.0.1:$2/p/$HANDLE" | awk '/requests in/ {print $1}')
  after=$(cpu_ticks "$1")
  echo "$3: requests=$requests cpu_us_per_request=$(( (after - before) * 1000000 / $(getconf CLK_TCK) / requests ))"
}
echo "== warm-up: 8 rounds each"
for _ in $(seq 1 8); do round "$OTHER_PID" 8091 other > /dev/null; round "$THIS_PID" 8089 this > /dev/null; done
echo "== $ROUNDS rounds each, alternating, each pair in the other order than the last"
for i in $(seq 1 "$ROUNDS"); do
  if [ $((i % 2)) = 1 ]; then
    round "$OTHER_PID" 8091 "other ($OTHER)"; round "$THIS_PID" 8089 "this"
  else
    round "$THIS_PID" 8089 "this"; round "$OTHER_PID" 8091 "other ($OTHER)"
  fi
done
