package dev.custodian.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged application started as docker/Dockerfile.jvm starts it, without a container engine:
 * the image's ENTRYPOINT (and CMD), read from the Dockerfile, run in target/quarkus-app (what the
 * image copies into its WORKDIR) with nothing in its environment but the image's ENV and the
 * CUSTODIAN_* variables a container gets from its env file (here those failsafe passes, pom.xml),
 * on the Java of the image's runtime, after the image's own RUN java steps (its ahead-of-time
 * cache). Not a @QuarkusIntegrationTest: that starts the jar its own way.
 */
class DockerEntrypointIT {

    private static final Path DOCKERFILE = Path.of("docker/Dockerfile.jvm");
    private static final Path IMAGE_WORKDIR = Path.of("target/quarkus-app");
    private static final Path LOG = Path.of("target/docker-entrypoint-it.log");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** What `docker stop` waits before it kills. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /** quarkus.shutdown.delay in production (CUSTODIAN_SHUTDOWN_DELAY's default). */
    private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(5);

    @Test
    void startsAsTheImageDoesAndSignsAUserUp() throws Exception {
        Image image = Image.read(DOCKERFILE);
        int httpPort = freePort();
        int managementPort = freePort();

        Path java = javaOf(image);
        for (String step : image.javaSteps()) {
            ProcessBuilder run =
                    new ProcessBuilder("sh", "-c", step)
                            .directory(IMAGE_WORKDIR.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(LOG.toFile());
            run.environment().clear();
            run.environment().putAll(image.env());
            run.environment().put("PATH", java.getParent() + ":/usr/bin:/bin");
            assertEquals(0, run.start().waitFor(), step + ":\n" + Files.readString(LOG));
        }

        List<String> command = new ArrayList<>(image.command());
        assertEquals("java", command.get(0), "the image starts java from its PATH: " + command);
        command.set(0, java.toString());
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(IMAGE_WORKDIR.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(LOG.toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(image.env());
        System.getenv()
                .forEach(
                        (name, value) -> {
                            if (name.startsWith("CUSTODIAN_")) {
                                environment.put(name, value);
                            }
                        });
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        // redirects lead to the configured public URL, whatever the request's Host said
        environment.put("CUSTODIAN_BASE_URL", "http://localhost:" + httpPort);
        environment.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));

        Process process = builder.start();
        int previousPort = RestAssured.port;
        try {
            String management = "http://localhost:" + managementPort;
            awaitReady(process, URI.create(management + "/q/health/ready"));
            String log = Files.readString(LOG);
            // The JVM took the image's options, and the production profile is the one running.
            assertTrue(
                    log.contains(
                            "Picked up JAVA_TOOL_OPTIONS: " + image.env().get("JAVA_TOOL_OPTIONS")),
                    log);
            assertTrue(log.contains("Profile prod activated"), log);
            // java took the cache the image made: it says nothing of it unless it could not
            assertFalse(log.contains("[aot]"), log);
            given().get(management + "/q/health/live")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
            given().get(management + "/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));

            RestAssured.port = httpPort;
            Browser browser = new Browser();
            String email = Accounts.uniqueEmail();
            Accounts.signUp(browser, Accounts.signupForm(email))
                    .then()
                    .statusCode(303)
                    .header("Location", Browser.redirectsTo("/signup/done"));
            browser.get("/signup/done")
                    .then()
                    .statusCode(200)
                    .body(containsString("Check your inbox"));
            assertEquals(
                    1,
                    outboxMailsTo(email),
                    "the verification mail waits in the outbox of the database");

            process.destroy();
            // A rolling update: readiness goes DOWN as soon as the signal is handled, and the pages
            // are still served during the delay that follows.
            int readiness = 200;
            for (int i = 0; i < 50 && readiness == 200; i++) {
                Thread.sleep(20);
                readiness = given().get(management + "/q/health/ready").statusCode();
            }
            assertEquals(503, readiness, "readiness DOWN within a second of SIGTERM");
            browser.get("/login").then().statusCode(200);
            assertTrue(
                    process.waitFor(
                            STOP_TIMEOUT.plus(SHUTDOWN_DELAY).toSeconds(), TimeUnit.SECONDS),
                    "SIGTERM must stop it within the shutdown delay and " + STOP_TIMEOUT);
        } finally {
            RestAssured.port = previousPort;
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void awaitReady(Process process, URI ready)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("it stopped with " + process.exitValue() + ":\n" + Files.readString(LOG));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
                        == 200) {
                    return;
                }
            } catch (ConnectException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        fail("not ready within " + START_TIMEOUT + ":\n" + Files.readString(LOG));
    }

    private static int outboxMailsTo(String email) throws SQLException {
        try (Connection db = PackagedDatabase.connect();
                PreparedStatement query =
                        db.prepareStatement(
                                "SELECT count(*) FROM outbox_mail WHERE recipient = ?")) {
            query.setString(1, email);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /**
     * The java of the image's runtime ({@code FROM eclipse-temurin:N-…}): this JVM's when it is
     * that version, else the Temurin N installed beside it, as on the machines this runs on.
     */
    private static Path javaOf(Image image) {
        Path java =
                image.runtime() == Runtime.version().feature()
                        ? Path.of(System.getProperty("java.home"), "bin", "java")
                        : Path.of(
                                "/usr/lib/jvm/temurin-" + image.runtime() + "-jdk-amd64/bin/java");
        assertTrue(
                Files.isExecutable(java),
                "the image runs on Java " + image.runtime() + ": install it at " + java);
        return java;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The final stage of a Dockerfile, as far as starting its process goes: the Java version of its
     * {@code eclipse-temurin} base, the RUN steps that run java (in the shell form), the ENTRYPOINT
     * and CMD, the ENV.
     */
    record Image(
            int runtime, List<String> javaSteps, List<String> command, Map<String, String> env) {

        private static final Pattern TEMURIN = Pattern.compile("eclipse-temurin:(\\d+)-.*");

        private static final Pattern ASSIGNMENT =
                Pattern.compile("\\s*(\\w+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S*))");

        static Image read(Path dockerfile) throws IOException {
            // Continuation lines joined, comments dropped.
            String text =
                    Files.readString(dockerfile, StandardCharsets.UTF_8)
                            .replaceAll("(?m)^\\s*#.*\\n", "")
                            .replaceAll("\\\\\\n", " ");
            int runtime = 0;
            List<String> javaSteps = new ArrayList<>();
            List<String> entrypoint = List.of();
            List<String> cmd = List.of();
            Map<String, String> env = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                String[] instruction = line.strip().split("\\s+", 2);
                String arguments = instruction.length > 1 ? instruction[1] : "";
                switch (instruction[0].toUpperCase()) {
                    case "FROM" -> {
                        Matcher temurin = TEMURIN.matcher(arguments);
                        runtime = temurin.matches() ? Integer.parseInt(temurin.group(1)) : 0;
                        javaSteps.clear();
                        entrypoint = List.of();
                        cmd = List.of();
                        env.clear();
                    }
                    case "RUN" -> {
                        if (arguments.startsWith("java ")) {
                            javaSteps.add(arguments);
                        }
                    }
                    case "ENTRYPOINT" -> entrypoint = execForm(arguments);
                    case "CMD" -> cmd = execForm(arguments);
                    case "ENV" -> env.putAll(assignments(arguments));
                    default -> {}
                }
            }
            List<String> command = new ArrayList<>(entrypoint);
            command.addAll(cmd);
            if (command.isEmpty()) {
                throw new IllegalArgumentException(dockerfile + " has no ENTRYPOINT");
            }
            return new Image(runtime, List.copyOf(javaSteps), command, env);
        }

        private static List<String> execForm(String arguments) {
            if (!arguments.startsWith("[")) {
                throw new IllegalArgumentException(
                        "only the exec (JSON) form is understood: " + arguments);
            }
            return JsonPath.from(arguments).getList("$", String.class);
        }

        private static Map<String, String> assignments(String arguments) {
            Map<String, String> env = new LinkedHashMap<>();
            Matcher matcher = ASSIGNMENT.matcher(arguments);
            int end = 0;
            while (matcher.find() && matcher.start() == end) {
                env.put(
                        matcher.group(1),
                        matcher.group(2) != null
                                ? matcher.group(2).replaceAll("\\\\(.)", "$1")
                                : matcher.group(3));
                end = matcher.end();
            }
            if (end != arguments.length()) {
                throw new IllegalArgumentException(
                        "only ENV KEY=value pairs are understood: " + arguments);
            }
            return env;
        }
    }
}
