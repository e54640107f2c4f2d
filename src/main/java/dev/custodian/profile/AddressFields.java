package dev.custodian.profile;

import dev.custodian.account.Countries;
import dev.custodian.web.FormErrors;
import dev.custodian.web.WebMessages;
import java.util.Objects;
import java.util.stream.Stream;

/** One address as typed: all empty means "no address"; otherwise the usual parts are required. */
public record AddressFields(
        String line1, String line2, String postalCode, String city, String region, String country) {

    static final AddressFields EMPTY = new AddressFields(null, null, null, null, null, null);

    static AddressFields of(Address address) {
        return new AddressFields(
                address.line1,
                address.line2,
                address.postalCode,
                address.city,
                address.region,
                address.country);
    }

    public boolean isEmpty() {
        return Stream.of(line1, line2, postalCode, city, region)
                .allMatch(v -> v == null || v.isBlank());
    }

    /** Checks the parts under field names prefixed with {@code prefix}; returns them normalised. */
    AddressFields validate(
            String prefix, FormErrors errors, WebMessages msg, ProfileMessages pmsg) {
        if (isEmpty()) {
            return EMPTY;
        }
        String l1 =
                errors.requiredLine(
                        prefix + "Line1", line1, 200, pmsg.error_address_line_required());
        String l2 = errors.optionalLine(prefix + "Line2", line2, 200);
        String code =
                errors.requiredLine(
                        prefix + "PostalCode", postalCode, 20, pmsg.error_postal_code_required());
        String town = errors.requiredLine(prefix + "City", city, 100, pmsg.error_city_required());
        String area = errors.optionalLine(prefix + "Region", region, 100);
        if (!Countries.isValid(country)) {
            errors.add(prefix + "Country", msg.error_country_required());
        }
        return new AddressFields(l1, l2, code, town, area, country);
    }

    /** A fingerprint of the stored values, for telling that someone else saved meanwhile. */
    String stamp() {
        return String.valueOf(Objects.hash(line1, line2, postalCode, city, region, country));
    }
}
