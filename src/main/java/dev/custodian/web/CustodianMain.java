package dev.custodian.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.List;

/**
 * Refuses to start a production instance whose environment lacks a required variable, naming
 * it, before anything else fails with a less helpful message.
 */
@QuarkusMain
public class CustodianMain {

    /** Production reads these; README.md says what each is. */
    static final List<String> REQUIRED_IN_PRODUCTION = List.of("CUSTODIAN_DB_URL", "CUSTODIAN_DB_USER", "CUSTODIAN_SECRET",
            "CUSTODIAN_BASE_URL", "CUSTODIAN_SMTP_HOST", "CUSTODIAN_MAIL_FROM");

    public static void main(String... args) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            List<String> missing = REQUIRED_IN_PRODUCTION.stream()
                    .filter(name -> System.getenv(name) == null || System.getenv(name).isBlank())
                    .toList();
            if (!missing.isEmpty()) {
                System.err.println("Custodian cannot start: set the environment variable(s) " + String.join(", ", missing)
                        + " (see README.md, Configuration).");
                System.exit(2);
            }
        }
        Quarkus.run(args);
    }
}
