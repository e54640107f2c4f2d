package dev.custodian.testing;

/** The ports the test profile listens on (application.properties reads the same variables). */
public final class TestPorts {

    public static final int HTTP = port("CUSTODIAN_TEST_HTTP_PORT", 8081);
    public static final int MANAGEMENT = port("CUSTODIAN_TEST_MANAGEMENT_PORT", 9001);
    public static final int SMTP = port("CUSTODIAN_TEST_SMTP_PORT", 3025);

    /** What links in mail start with in tests. */
    public static final String BASE_URL = "http://localhost:" + HTTP;

    private TestPorts() {}

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
