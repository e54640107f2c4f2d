package dev.custodian.profile;

import dev.custodian.web.FormErrors;
import dev.custodian.web.WebMessages;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/** The professional details of the public profile. */
public class ProfessionalForm {

    static final int MAX_HEADLINE = 150;
    static final int MAX_CITY = 100;
    static final int MAX_ABOUT = 2000;
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9-]{3,30}");

    @RestForm public String handle;
    @RestForm public String headline;
    @RestForm public String city;
    @RestForm public String about;
    @RestForm public Long version;

    static ProfessionalForm of(Profile profile) {
        ProfessionalForm form = new ProfessionalForm();
        if (profile != null) {
            form.handle = profile.handle;
            form.headline = profile.headline;
            form.city = profile.city;
            form.about = profile.about;
            form.version = profile.version;
        }
        return form;
    }

    FormErrors validate(WebMessages msg, ProfileMessages pmsg) {
        FormErrors errors = new FormErrors(msg);
        handle = errors.optionalLine("handle", handle, 30);
        if (handle != null && !errors.has("handle") && !HANDLE.matcher(handle).matches()) {
            errors.add("handle", pmsg.error_handle_invalid());
        }
        headline = errors.optionalLine("headline", headline, MAX_HEADLINE);
        city = errors.optionalLine("city", city, MAX_CITY);
        about = errors.optionalText("about", about, MAX_ABOUT);
        return errors;
    }
}
