package dev.custodian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables production requires, as application.properties lists them: its {@code
 * %prod.custodian.required.NAME=${VARIABLE}} lines (web/RequiredEnvironment).
 */
public final class RequiredVariables {

    private static final Pattern LINE =
            Pattern.compile(
                    "^%prod\\.custodian\\.required\\.([a-z0-9-]+)=\\$\\{(CUSTODIAN_[A-Z0-9_]+)\\}$",
                    Pattern.MULTILINE);

    private RequiredVariables() {}

    /** Each line's property name (after custodian.required.) and its variable, in file order. */
    public static Map<String, String> byProperty() {
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher line = LINE.matcher(read("src/main/resources/application.properties"));
        while (line.find()) {
            variables.put(line.group(1), line.group(2));
        }
        return variables;
    }

    public static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
