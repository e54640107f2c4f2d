package dev.custodian.profile;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMails;
import dev.custodian.account.Countries;
import dev.custodian.web.FormErrors;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.WebMessages;
import org.jboss.resteasy.reactive.RestForm;

/** The contact details policy 001 lets a user keep up to date (the email has its own page). */
public class ContactForm {

    static final int MAX_NAME = 100;
    static final int MAX_COMPANY = 200;
    static final int MAX_PHONE = 30;

    @RestForm public String firstName;
    @RestForm public String lastName;
    @RestForm public String company;
    @RestForm public String locale;
    @RestForm public String country;
    @RestForm public String phone;

    /** The account version the form was filled from: a save over a newer one is refused. */
    @RestForm public Long version;

    static ContactForm of(Account account) {
        ContactForm form = new ContactForm();
        form.firstName = account.firstName;
        form.lastName = account.lastName;
        form.company = account.company;
        form.locale = AccountMails.localeOf(account).getLanguage();
        form.country = account.country;
        form.phone = PhoneNumbers.display(account.phone, account.country);
        form.version = account.version;
        return form;
    }

    /** Checks and normalises every field; the phone becomes E.164 in {@link #phoneE164}. */
    FormErrors validate(WebMessages msg, ProfileMessages pmsg) {
        FormErrors errors = new FormErrors(msg);
        firstName =
                errors.requiredLine(
                        "firstName", firstName, MAX_NAME, msg.error_first_name_required());
        lastName =
                errors.requiredLine("lastName", lastName, MAX_NAME, msg.error_last_name_required());
        company = errors.optionalLine("company", company, MAX_COMPANY);
        if (RequestLocale.supported(locale) == null) {
            errors.add("locale", pmsg.error_locale_invalid());
        }
        if (!Countries.isValid(country)) {
            errors.add("country", msg.error_country_required());
        }
        phone = errors.optionalLine("phone", phone, MAX_PHONE);
        if (phone != null && !errors.has("phone")) {
            PhoneNumbers.Parsed parsed =
                    PhoneNumbers.parse(phone, Countries.isValid(country) ? country : null);
            if (parsed.problem() == PhoneNumbers.Problem.NOT_A_NUMBER) {
                errors.add("phone", pmsg.error_phone_invalid());
            } else if (parsed.problem() == PhoneNumbers.Problem.NOT_MOBILE) {
                errors.add("phone", pmsg.error_phone_not_mobile());
            } else {
                phoneE164 = parsed.e164();
            }
        }
        return errors;
    }

    /** Set by {@link #validate} when the phone is valid. */
    String phoneE164;
}
