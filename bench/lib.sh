# Shared by the benchmark scripts: source it from the repository root.
# start_app: the packaged application on port 8089 (management 9089) against the database
# custodian_bench (created if missing), in the prod profile with throwaway secrets; stopped on exit.
# warm_up: runs a 10 s load again and again until the JIT compilers are idle.
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth), wrk, curl, psql, Linux /proc. BENCH_JAVA_OPTS
# adds JVM options; BENCH_PORT, BENCH_MANAGEMENT_PORT and BENCH_DB replace the port, the management
# port and the database, BENCH_JAVA the java command.
PORT=${BENCH_PORT:-8089}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-9089}
BENCH_DB=${BENCH_DB:-custodian_bench}
BASE=http://127.0.0.1:$PORT
APP=target/quarkus-app/quarkus-run.jar
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1"
DB="$PSQL -d $BENCH_DB"

start_app() {
  launch_app
  trap 'kill $APP_PID 2>/dev/null || true' EXIT
  wait_ready
}

# The application in the background (APP_PID), with the environment start_app gives it.
launch_app() {
  [ -f "$APP" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
  # BENCH_WITHOUT_WRK=1: the script brings its own load generator
  [ -n "${BENCH_WITHOUT_WRK:-}" ] || command -v wrk >/dev/null || { echo "Install wrk: apt-get install wrk" >&2; exit 1; }
  $PSQL -tAc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'" | grep -q 1 \
    || $PSQL -qc "CREATE DATABASE $BENCH_DB"
  export CUSTODIAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB CUSTODIAN_DB_USER=postgres CUSTODIAN_DB_PASSWORD=
  export CUSTODIAN_SECRET=benchmark-secret-0123456789abcdef0123456789
  export CUSTODIAN_ENCRYPTION_KEY=YmVuY2htYXJrLWtleS0wMTIzNDU2Nzg5YWJjZGVmMDE=
  export CUSTODIAN_BASE_URL=$BASE CUSTODIAN_SMTP_HOST=localhost CUSTODIAN_MAIL_FROM=bench@localhost CUSTODIAN_MAIL_DISPATCH=false
  export CUSTODIAN_MARKETING_FROM=news@localhost CUSTODIAN_DKIM_PRIVATE_KEY_FILE=src/test/resources/dkim/private.b64
  export CUSTODIAN_DKIM_SELECTOR=bench CUSTODIAN_DKIM_DOMAIN=localhost
  # shellcheck disable=SC2086
  ${BENCH_JAVA:-java} -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT_PORT ${BENCH_JAVA_OPTS:-} \
    -jar "$APP" > target/bench-app.log 2>&1 &
  APP_PID=$!
}

wait_ready() {
  for _ in $(seq 1 60); do curl -sf http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready >/dev/null && return; sleep 1; done
  echo "The application did not start: see target/bench-app.log" >&2
  exit 1
}

# CPU time (ms) that the application's JIT compiler threads have used so far.
jit_ms() {
  local total=0 task
  for task in /proc/$APP_PID/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*) total=$((total + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}'))) ;;
    esac
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}

# Runs its arguments, a wrk command of 10 s, until the JIT compilers used under 200 ms in two runs
# in a row (at most 48 runs): measures of a JVM whose compiler still takes CPU are measures of the
# warm-up. Prints each run's requests/s and compiler time.
warm_up() {
  local quiet=0 run before rate jit
  echo "== warm-up until the JIT compilers are idle"
  for run in $(seq 1 48); do
    before=$(jit_ms)
    rate=$("$@" | awk '/Requests\/sec/ {print $2}')
    jit=$(( $(jit_ms) - before ))
    echo "warm-up ${run}0 s: requests/s=$rate jit=${jit} ms"
    if [ "$jit" -lt 200 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    [ "$quiet" -ge 2 ] && return
  done
}

# A public profile for the handle $1 on the account that the SQL $2 gives the id of (a SELECT, or
# an INSERT ... RETURNING id): name, headline, city, about and three experiences, all public.
insert_public_profile() {
  $DB -q <<SQL
WITH a AS ($2), p AS (
  INSERT INTO profile (account_id, handle, handle_normalized, headline, city, about, indexable)
  SELECT id, '$1', '$1', 'Site reliability engineer', 'Lyon',
         'I keep systems running and write about it. Ask me about on-call rotations and postmortems.', TRUE FROM a
  RETURNING account_id
), e AS (
  INSERT INTO experience (account_id, position, title, organisation, started_on, ended_on)
  SELECT account_id, n, 'Engineer ' || n, 'Company ' || n, DATE '2015-01-01' + n * 700, NULL FROM p, generate_series(1, 3) AS n
)
INSERT INTO field_visibility (account_id, field, level)
SELECT account_id, f, 'PUBLIC' FROM p, unnest(ARRAY['NAME', 'HEADLINE', 'CITY', 'ABOUT', 'EXPERIENCES']) AS f;
SQL
}

# A new member with the handle $1 and a public profile (insert_public_profile): Camille Martin.
insert_public_member() {
  insert_public_profile "$1" "INSERT INTO account (email, email_normalized, email_verified_at, status, first_name,
    last_name, country, company, roles, adult_attested_at, created_at)
  VALUES ('$1@example.com', '$1@example.com', now(), 'ACTIVE', 'Camille', 'Martin', 'FR', 'Analytical Engines',
          '', now(), now())
  RETURNING id"
}
