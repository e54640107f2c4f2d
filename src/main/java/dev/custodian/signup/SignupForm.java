package dev.custodian.signup;

import dev.custodian.account.AccountMessages;
import dev.custodian.account.Countries;
import dev.custodian.account.EmailAddresses;
import dev.custodian.account.PasswordPolicy;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.WebMessages;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/** What the sign-up page posts. Checkboxes arrive as "on" when ticked and absent otherwise. */
public class SignupForm {

    static final int MAX_NAME = 100;

    @RestForm public String firstName;
    @RestForm public String lastName;
    @RestForm public String email;
    @RestForm public String country;
    @RestForm public String password;
    @RestForm public String adult;
    @RestForm public String acceptPolicy;

    /**
     * The ids of the marketing categories the user opted in to: each box unticked unless the user
     * ticks it (GDPR consent is never presumed).
     */
    @RestForm public List<String> marketing;

    /** The policy version the page showed; it must still be the current one. */
    @RestForm public String policyVersion;

    /**
     * Checks every field, in the order of the page, and normalises the text ones in place; the
     * password is left exactly as typed.
     */
    FormErrors validate(
            WebMessages msg,
            Locale locale,
            PasswordPolicy passwordPolicy,
            String currentPolicyVersion) {
        FormErrors errors = new FormErrors(msg);
        AccountMessages texts = Messages.in(AccountMessages.class, locale);
        firstName =
                errors.requiredLine(
                        "firstName", firstName, MAX_NAME, msg.error_first_name_required());
        lastName =
                errors.requiredLine("lastName", lastName, MAX_NAME, msg.error_last_name_required());
        email =
                errors.requiredLine(
                        "email", email, EmailAddresses.MAX_LENGTH, texts.error_email_required());
        if (email != null && !errors.has("email") && !EmailAddresses.isPlausible(email)) {
            errors.add("email", texts.error_email_invalid());
        }
        if (!Countries.isValid(country)) {
            errors.add("country", msg.error_country_required());
        }
        if (password == null || password.isEmpty()) {
            errors.add(
                    "password",
                    Messages.in(SignupMessages.class, locale).error_password_required());
        } else {
            passwordPolicy
                    .problem(password, texts, locale, firstName, lastName, email)
                    .ifPresent(problem -> errors.add("password", problem));
        }
        if (adult == null) {
            errors.add("adult", texts.error_adult_required());
        }
        if (acceptPolicy == null) {
            errors.add("acceptPolicy", texts.error_policy_required());
        } else if (!currentPolicyVersion.equals(policyVersion)) {
            errors.add("acceptPolicy", texts.error_policy_changed());
        }
        return errors;
    }
}
