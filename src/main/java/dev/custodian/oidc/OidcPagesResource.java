package dev.custodian.oidc;

import dev.custodian.account.Account;
import dev.custodian.account.AccountMessages;
import dev.custodian.account.Countries;
import dev.custodian.account.EmailAddresses;
import dev.custodian.auth.SessionService;
import dev.custodian.communication.Category;
import dev.custodian.communication.MarketingCategories;
import dev.custodian.privacy.PolicyPublishing;
import dev.custodian.privacy.PolicyVersion;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import dev.custodian.web.RequestLocale;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The steps after the provider's answer that are Custodian's own pages: linking an identity whose
 * verified email is an account's (after signing in to that account with its password), and the
 * short sign-up for an identity nobody has.
 */
@Path("/oidc")
@Produces(MediaType.TEXT_HTML)
public class OidcPagesResource {

    private static final int UNPROCESSABLE = 422;
    private static final int MAX_NAME = 100;

    /** The short sign-up as typed; {@code marketing}: the categories ticked. */
    public record Typed(
            String firstName,
            String lastName,
            String email,
            String country,
            boolean adult,
            boolean acceptPolicy,
            Set<Category> marketing) {}

    @CheckedTemplate(basePath = "oidc/OidcPagesResource")
    static class Templates {
        static native TemplateInstance link(String email, String provider);

        static native TemplateInstance confirmLink(
                String email, String provider, boolean sameAccount);

        static native TemplateInstance signup(
                Typed typed,
                boolean emailFromProvider,
                String provider,
                FormErrors errors,
                Countries.Named countries,
                PolicyVersion policy,
                List<MarketingCategories.Choice> marketing);

        static native TemplateInstance checkEmail();
    }

    @Inject PendingCookie pendingCookie;

    @Inject OidcService oidc;

    @Inject OidcConfig config;

    @Inject SessionService sessions;

    @Inject SignedIn signedIn;

    @Inject PolicyPublishing policies;

    @Inject HttpServerRequest request;

    @Inject ClientInfo client;

    @Inject Messages messages;

    @Inject MarketingCategories categories;

    /** Why the identity is not linked yet, and the way to link it: the account's own sign-in. */
    @GET
    @Path("link")
    public Response link() {
        return pending(PendingIdentity.Purpose.LINK_BY_PASSWORD)
                .map(p -> Response.ok(Templates.link(p.email(), config.displayName())).build())
                .orElseGet(OidcPagesResource::backToSignIn);
    }

    @GET
    @Path("link/confirm")
    @Authenticated
    public Response confirmLinkPage() {
        return pending(PendingIdentity.Purpose.LINK_BY_PASSWORD)
                .map(
                        p ->
                                Response.ok(
                                                Templates.confirmLink(
                                                        p.email(),
                                                        config.displayName(),
                                                        sameAccount(p)))
                                        .build())
                .orElseGet(OidcPagesResource::backToSignIn);
    }

    /**
     * Links the identity to the signed-in account, which must be the one with the provider's
     * address.
     */
    @POST
    @Path("link/confirm")
    @Authenticated
    public Response confirmLink() {
        Optional<PendingIdentity> pending = pending(PendingIdentity.Purpose.LINK_BY_PASSWORD);
        if (pending.isEmpty()) {
            return backToSignIn();
        }
        PendingIdentity identity = pending.get();
        if (!sameAccount(identity)) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(Templates.confirmLink(identity.email(), config.displayName(), false))
                    .build();
        }
        OidcService.LinkResult result =
                oidc.link(
                        signedIn.accountId(),
                        identity.issuer(),
                        identity.subject(),
                        identity.email(),
                        client.address(),
                        client.userAgent());
        if (result == OidcService.LinkResult.LINKED_TO_ANOTHER_ACCOUNT) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(
                            OidcResource.Templates.refused(
                                    messages.of(OidcMessages.class)
                                            .refused_linked_elsewhere(config.displayName())))
                    .cookie(pendingCookie.expired())
                    .build();
        }
        return Response.fromResponse(
                        Flash.redirect("/account/security", Flash.Message.IDENTITY_LINKED))
                .cookie(pendingCookie.expired())
                .build();
    }

    @GET
    @Path("signup")
    public Response signupForm() {
        return pending(PendingIdentity.Purpose.SIGN_UP)
                .map(
                        p ->
                                Response.ok(
                                                view(
                                                        new Typed(
                                                                FormErrors.typed(p.firstName()),
                                                                FormErrors.typed(p.lastName()),
                                                                p.emailVerified()
                                                                        ? FormErrors.typed(
                                                                                p.email())
                                                                        : "",
                                                                "",
                                                                false,
                                                                false,
                                                                Set.of()),
                                                        p,
                                                        new FormErrors(messages.web())))
                                        .build())
                .orElseGet(OidcPagesResource::backToSignIn);
    }

    /** Creates the account from the provider's identity and what the page asked; no password. */
    @POST
    @Path("signup")
    public Response signUp(
            @RestForm String firstName,
            @RestForm String lastName,
            @RestForm String email,
            @RestForm String country,
            @RestForm String adult,
            @RestForm String acceptPolicy,
            @RestForm String policyVersion,
            @RestForm List<String> marketing) {
        Optional<PendingIdentity> pending = pending(PendingIdentity.Purpose.SIGN_UP);
        if (pending.isEmpty()) {
            return backToSignIn();
        }
        PendingIdentity identity = pending.get();
        var msg = messages.web();
        var accountTexts = messages.of(AccountMessages.class);
        FormErrors errors = new FormErrors(msg);
        String first =
                errors.requiredLine(
                        "firstName", firstName, MAX_NAME, msg.error_first_name_required());
        String last =
                errors.requiredLine("lastName", lastName, MAX_NAME, msg.error_last_name_required());
        // A verified address is the provider's and is not typed; any other must be typed and
        // confirmed.
        String address =
                identity.emailVerified()
                        ? identity.email()
                        : errors.requiredLine(
                                "email",
                                email,
                                EmailAddresses.MAX_LENGTH,
                                accountTexts.error_email_required());
        if (address != null && !errors.has("email") && !EmailAddresses.isPlausible(address)) {
            errors.add("email", accountTexts.error_email_invalid());
        }
        if (!Countries.isValid(country)) {
            errors.add("country", msg.error_country_required());
        }
        if (adult == null) {
            errors.add("adult", accountTexts.error_adult_required());
        }
        String current = policies.current().version;
        if (acceptPolicy == null) {
            errors.add("acceptPolicy", accountTexts.error_policy_required());
        } else if (!current.equals(policyVersion)) {
            errors.add("acceptPolicy", accountTexts.error_policy_changed());
        }
        Set<Category> optedIn = categories.chosen(marketing);
        if (!errors.isEmpty()) {
            Typed typed =
                    new Typed(
                            FormErrors.typed(firstName),
                            FormErrors.typed(lastName),
                            identity.emailVerified() ? identity.email() : FormErrors.typed(email),
                            FormErrors.typed(country),
                            adult != null,
                            acceptPolicy != null,
                            optedIn);
            return Response.status(UNPROCESSABLE).entity(view(typed, identity, errors)).build();
        }
        // the language the provider knows the user by, when Custodian speaks it; else the page's
        Locale claimed =
                RequestLocale.supported(
                        identity.locale() == null ? null : identity.locale().split("[-_]")[0]);
        String language = (claimed == null ? messages.locale() : claimed).getLanguage();
        OidcService.SignedIn created =
                oidc.signUp(
                        identity,
                        new OidcService.NewAccount(
                                first, last, address, country, language, optedIn),
                        client.address(),
                        client.userAgent());
        if (created == null) {
            // the address is taken: the same answer as a normal sign-up, and its owner gets a mail
            return Response.ok(Templates.checkEmail()).cookie(pendingCookie.expired()).build();
        }
        return Response.fromResponse(Flash.redirect("/account", Flash.Message.SIGNED_IN))
                .cookie(sessions.cookie(created.sessionToken()), pendingCookie.expired())
                .build();
    }

    private TemplateInstance view(Typed typed, PendingIdentity identity, FormErrors errors) {
        return Templates.signup(
                typed,
                identity.emailVerified(),
                config.displayName(),
                errors,
                Countries.in(messages.locale()),
                policies.current(),
                categories.choices(typed.marketing(), messages.locale()));
    }

    private boolean sameAccount(PendingIdentity identity) {
        // a read: no transaction needed
        Account account = Account.of(signedIn);
        return account.emailNormalized != null
                && account.emailNormalized.equals(Account.normalizeEmail(identity.email()));
    }

    private Optional<PendingIdentity> pending(PendingIdentity.Purpose purpose) {
        return pendingCookie.read(request).filter(p -> p.purpose() == purpose);
    }

    /** The pending identity is gone (15 minutes passed, or another tab finished): start again. */
    private static Response backToSignIn() {
        return Response.seeOther(URI.create("/login")).build();
    }
}
