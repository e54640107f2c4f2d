# Shared by the benchmark scripts: source it from the repository root.
# start_app: the packaged application on port 8089 (management 9089) against the database
# custodian_bench (created if missing), in the prod profile with throwaway secrets; stopped on exit.
# Needs: PostgreSQL on 127.0.0.1:5432 (trust auth), wrk, curl, psql. BENCH_JAVA_OPTS adds JVM options.
PORT=8089
BASE=http://127.0.0.1:$PORT
APP=target/quarkus-app/quarkus-run.jar
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1"
DB="$PSQL -d custodian_bench"

start_app() {
  [ -f "$APP" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
  command -v wrk >/dev/null || { echo "Install wrk: apt-get install wrk" >&2; exit 1; }
  $PSQL -tAc "SELECT 1 FROM pg_database WHERE datname = 'custodian_bench'" | grep -q 1 \
    || $PSQL -qc "CREATE DATABASE custodian_bench"
  export CUSTODIAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/custodian_bench CUSTODIAN_DB_USER=postgres CUSTODIAN_DB_PASSWORD=
  export CUSTODIAN_SECRET=benchmark-secret-0123456789abcdef0123456789
  export CUSTODIAN_ENCRYPTION_KEY=YmVuY2htYXJrLWtleS0wMTIzNDU2Nzg5YWJjZGVmMDE=
  export CUSTODIAN_BASE_URL=$BASE CUSTODIAN_SMTP_HOST=localhost CUSTODIAN_MAIL_FROM=bench@localhost CUSTODIAN_MAIL_DISPATCH=false
  export CUSTODIAN_MARKETING_FROM=news@localhost CUSTODIAN_DKIM_PRIVATE_KEY_FILE=src/test/resources/dkim/private.b64
  export CUSTODIAN_DKIM_SELECTOR=bench CUSTODIAN_DKIM_DOMAIN=localhost
  # shellcheck disable=SC2086
  java -Dquarkus.http.port=$PORT -Dquarkus.management.port=9089 ${BENCH_JAVA_OPTS:-} -jar "$APP" > target/bench-app.log 2>&1 &
  APP_PID=$!
  trap 'kill $APP_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf http://127.0.0.1:9089/q/health/ready >/dev/null && return; sleep 1; done
  echo "The application did not start: see target/bench-app.log" >&2
  exit 1
}
