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
$DB -q <<SQL
WITH a AS (
  INSERT INTO account (email, email_normalized, email_verified_at, status, first_name, last_name, country, company,
                       roles, adult_attested_at, created_at)
  VALUES ('$HANDLE@example.com', '$HANDLE@example.com', now(), 'ACTIVE', 'Camille', 'Martin', 'FR', 'Analytical Engines',
          '', now(), now())
  RETURNING id
), p AS (
  INSERT INTO profile (account_id, handle, handle_normalized, headline, city, about, indexable)
  SELECT id, '$HANDLE', '$HANDLE', 'Site reliability engineer', 'Lyon',
         'I keep systems running and write about it. Ask me about on-call rotations and postmortems.', TRUE FROM a
  RETURNING account_id
), e AS (
  INSERT INTO experience (account_id, position, title, organisation, started_on, ended_on)
  SELECT account_id, n, 'Engineer ' || n, 'Company ' || n, DATE '2015-01-01' + n * 700, NULL FROM p, generate_series(1, 3) AS n
)
INSERT INTO field_visibility (account_id, field, level)
SELECT account_id, f, 'PUBLIC' FROM p, unnest(ARRAY['NAME', 'HEADLINE', 'CITY', 'ABOUT', 'EXPERIENCES']) AS f;
SQL
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/p/$HANDLE")
[ "$status" = 200 ] || { echo "profile check answered $status, expected 200" >&2; exit 1; }

warm_up wrk -t2 -c"$CONNECTIONS" -d10s "$BASE/p/$HANDLE"
echo "== measure ($SECONDS_PER_RUN s, $CONNECTIONS connections)"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$BASE/p/$HANDLE" | tee target/bench-profile.txt
