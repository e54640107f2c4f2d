package dev.custodian.account;

import java.util.regex.Pattern;

/** What every form that takes an email address accepts: sign-up, sign-in, email change, reports. */
public final class EmailAddresses {

    /** RFC 5321's limit for a forward path. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern PLAUSIBLE =
            Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {}

    /** A plausible address: one @, a local part, a dotted domain, no spaces. */
    public static boolean isPlausible(String email) {
        return PLAUSIBLE.matcher(email).matches();
    }
}
