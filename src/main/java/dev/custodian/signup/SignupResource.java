package dev.custodian.signup;

import dev.custodian.account.Countries;
import dev.custodian.account.PasswordPolicy;
import dev.custodian.auth.AuthConfig;
import dev.custodian.auth.RateLimiter;
import dev.custodian.communication.MarketingCategories;
import dev.custodian.privacy.PolicyVersion;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

@Path("/signup")
@Produces(MediaType.TEXT_HTML)
public class SignupResource {

    /** Unprocessable Content: the form came through but its values cannot be used as they are. */
    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate(basePath = "signup/SignupResource")
    static class Templates {
        static native TemplateInstance form(
                SignupForm form,
                FormErrors errors,
                Countries.Named countries,
                PolicyVersion policy,
                List<MarketingCategories.Choice> marketing);

        static native TemplateInstance done();
    }

    @Inject SignupService signups;

    @Inject PasswordPolicy passwordPolicy;

    @Inject RateLimiter rateLimiter;

    @Inject AuthConfig auth;

    @Inject Messages messages;

    @Inject ClientInfo client;

    @Inject Clock clock;

    @Inject MarketingCategories categories;

    /** The sign-up form. */
    @GET
    public TemplateInstance form() {
        return render(new SignupForm(), new FormErrors(messages.web()));
    }

    /** Creates the account, or shows the form again with a message on each field to fix. */
    @POST
    public Response signUp(@BeanParam SignupForm form) {
        rateLimiter.consume(
                "signup-address:" + client.rateLimitKey(),
                auth.rateLimit().signupPerAddressPerHour(),
                Duration.ofHours(1));
        PolicyVersion policy = PolicyVersion.current(clock.instant());
        FormErrors errors =
                form.validate(messages.web(), messages.locale(), passwordPolicy, policy.version);
        if (!errors.isEmpty()) {
            form.password = null;
            return Response.status(UNPROCESSABLE).entity(render(form, errors)).build();
        }
        signups.signUp(form, messages.locale().getLanguage(), client.address(), client.userAgent());
        return Response.seeOther(URI.create("/signup/done")).build();
    }

    /** The same page whether the account was created or the email was already taken. */
    @GET
    @Path("/done")
    public TemplateInstance done() {
        return Templates.done();
    }

    private TemplateInstance render(SignupForm form, FormErrors errors) {
        return Templates.form(
                form,
                errors,
                Countries.in(messages.locale()),
                PolicyVersion.current(clock.instant()),
                categories.choices(categories.chosen(form.marketing), messages.locale()));
    }
}
