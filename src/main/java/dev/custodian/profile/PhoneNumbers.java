package dev.custodian.profile;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Set;

/** Mobile numbers with libphonenumber: typed in any usual way, stored E.164, shown nationally. */
public final class PhoneNumbers {

    /** Why a typed number cannot be stored. */
    enum Problem {
        NOT_A_NUMBER,
        NOT_MOBILE
    }

    /** A typed number read as E.164, or the problem with it. */
    record Parsed(String e164, Problem problem) {}

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Some countries (the US among them) cannot tell mobile from fixed numbers. */
    private static final Set<PhoneNumberType> MOBILE =
            Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private PhoneNumbers() {}

    /** Reads {@code typed} with the account's country as the default region. */
    static Parsed parse(String typed, String country) {
        try {
            PhoneNumber number = UTIL.parse(typed, country);
            if (!UTIL.isValidNumber(number)) {
                return new Parsed(null, Problem.NOT_A_NUMBER);
            }
            if (!MOBILE.contains(UTIL.getNumberType(number))) {
                return new Parsed(null, Problem.NOT_MOBILE);
            }
            return new Parsed(UTIL.format(number, PhoneNumberFormat.E164), null);
        } catch (NumberParseException e) {
            return new Parsed(null, Problem.NOT_A_NUMBER);
        }
    }

    /** National format for the account's own country, international for any other. */
    public static String display(String e164, String country) {
        if (e164 == null) {
            return null;
        }
        try {
            PhoneNumber number = UTIL.parse(e164, null);
            boolean home = country != null && country.equals(UTIL.getRegionCodeForNumber(number));
            return UTIL.format(
                    number, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
