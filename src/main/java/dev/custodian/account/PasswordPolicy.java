package dev.custodian.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * NIST SP 800-63B-4 for a password used alone: at least 15 characters, long ones welcome, any
 * Unicode, no composition rules; refused when it is on a blocklist, easy to guess, built from the
 * user's own name or email, or known to a breached-password range API. Made at start-up, so that an
 * unreadable blocklist file or a malformed range API URL stops it.
 */
@Startup
@Singleton
public class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 256;
    static final int MIN_SCORE = 3;

    /**
     * zxcvbn's cost grows fast with length; a prefix this long already tells a guessable password.
     */
    private static final int SCORED_PREFIX = 100;

    /** Shorter pieces of a name ("Li", "Ann") occur inside too many good passphrases. */
    private static final int SHORTEST_PERSONAL_WORD = 4;

    /**
     * zxcvbn's dictionaries take a good part of a second to load: loaded with the first password
     * scored, not at start-up (the blocklist and the range API URL, which can be wrong, still are).
     */
    private static final class Scorer {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    private final PasswordBlocklist blocklist;
    private final BreachedPasswordCheck breachCheck;

    PasswordPolicy(PasswordBlocklist blocklist, BreachedPasswordCheck breachCheck) {
        this.blocklist = blocklist;
        this.breachCheck = breachCheck;
    }

    /** Why this password is refused, in the page's language, or empty when it is acceptable. */
    public Optional<String> problem(
            String password, AccountMessages msg, Locale locale, String... personalWords) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(msg.password_too_short(MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(msg.password_too_long(MAX_LENGTH));
        }
        if (blocklist.contains(password)) {
            return Optional.of(msg.password_breached());
        }
        List<String> personal = personalWords(personalWords);
        String lower = password.toLowerCase(Locale.ROOT);
        if (personal.stream().anyMatch(lower::contains)) {
            return Optional.of(msg.password_personal());
        }
        String scored =
                password.length() > SCORED_PREFIX ? password.substring(0, SCORED_PREFIX) : password;
        Strength strength = Scorer.ZXCVBN.measure(scored, personal);
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning(locale);
            return Optional.of(
                    warning == null || warning.isBlank()
                            ? msg.password_weak()
                            : msg.password_weak() + " " + warning);
        }
        // Last: the only check that leaves the application, made only for a password all others
        // accept.
        if (breachCheck.breached(password)) {
            return Optional.of(msg.password_breached());
        }
        return Optional.empty();
    }

    /**
     * Names and the local part of an email address, whole and in pieces, lower-cased. The email's
     * domain is left out: "example" or "mail" says nothing about the person.
     */
    private static List<String> personalWords(String... words) {
        return Stream.of(words)
                .filter(Objects::nonNull)
                .map(w -> w.contains("@") ? w.substring(0, w.indexOf('@')) : w)
                .flatMap(w -> Stream.concat(Stream.of(w), Stream.of(w.split("[.\\s_+'-]+"))))
                .map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> w.length() >= SHORTEST_PERSONAL_WORD)
                .distinct()
                .toList();
    }
}
