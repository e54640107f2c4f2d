package dev.custodian.account;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Passwords attackers try first (NIST SP 800-63B-4 §3.1.1.2): the list shipped in {@code
 * passwords/blocklist.txt}, and the operator's own file when {@code
 * custodian.password.blocklist-file} names one. One password a line, {@code #} starts a comment
 * line. A password matches whatever its case, Unicode compatibility forms and whitespace, so that
 * "Correct Horse Battery Staple" is caught by "correcthorsebatterystaple".
 */
@Singleton
public class PasswordBlocklist {

    private static final String BUILT_IN = "passwords/blocklist.txt";
    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");

    private final Set<String> entries = new HashSet<>();

    @Inject
    PasswordBlocklist(PasswordConfig config) {
        this(config.blocklistFile());
    }

    PasswordBlocklist(Optional<Path> operatorFile) {
        try (InputStream in =
                PasswordBlocklist.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + BUILT_IN);
            }
            add(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        operatorFile.ifPresent(this::addFile);
    }

    public boolean contains(String password) {
        return entries.contains(canonical(password));
    }

    /** Refuses to start rather than run without the entries the operator asked for. */
    private void addFile(Path file) {
        try {
            add(Files.readAllLines(file, StandardCharsets.UTF_8).stream());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "custodian.password.blocklist-file: cannot read "
                            + file.toAbsolutePath()
                            + " ("
                            + e.getClass().getSimpleName()
                            + ")",
                    e);
        }
    }

    private void add(Stream<String> lines) {
        lines.map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(PasswordBlocklist::canonical)
                .forEach(entries::add);
    }

    private static String canonical(String password) {
        String compatible =
                Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(compatible).replaceAll("");
    }
}
