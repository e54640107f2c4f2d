package dev.custodian.twofactor;

import dev.custodian.account.Account;
import dev.custodian.auth.AuthMessages;
import dev.custodian.auth.LoginService;
import dev.custodian.auth.StepUp;
import dev.custodian.manifest.Manifest;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

@Path("/account/security/two-factor")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TwoFactorResource {

    private static final int UNPROCESSABLE = 422;
    private static final String PAGE = "/account/security/two-factor";
    private static final String CONFIRMED = "yes";

    /** What the enrollment page shows while the first code is awaited. */
    public record Enrollment(String secret, String qrDataUri) {

        /** The key in groups of four, easier to type and never broken mid-group. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    @CheckedTemplate(basePath = "twofactor/TwoFactorResource")
    static class Templates {
        static native TemplateInstance overview(
                boolean enrolled,
                long recoveryCodesLeft,
                Enrollment enrollment,
                String error,
                boolean endOtherSessions);

        static native TemplateInstance confirmDisable(String error);

        static native TemplateInstance recoveryCodes(List<String> codes, String download);
    }

    @Inject TwoFactorService twoFactor;

    @Inject Manifest manifest;

    @Inject SignedIn signedIn;

    @Inject StepUp stepUp;

    @Inject LoginService logins;

    @Inject Messages messages;

    @Inject Clock clock;

    @Inject ClientInfo client;

    /** Two-factor status, or the enrollment in progress with its QR code and key (never cached). */
    @GET
    public Response overview() {
        return Response.ok(page(null, true)).build();
    }

    /**
     * Starts enrollment with a new secret, after a fresh proof of identity: a stolen session must
     * not be able to tie the account to someone else's authenticator.
     */
    @POST
    @Path("/start")
    public Response start() {
        Optional<Response> stepUpFirst = stepUp.require(PAGE + "/start", Map.of());
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        if (!twoFactor.isEnrolled(signedIn.accountId())) {
            twoFactor.startEnrollment(signedIn.accountId());
        }
        return Response.seeOther(URI.create(PAGE)).build();
    }

    /** Completes enrollment with a first code; shows the recovery codes once. */
    @POST
    @Path("/confirm")
    public Response confirm(@RestForm String code, @RestForm String endOtherSessions) {
        boolean endOthers = endOtherSessions != null;
        if (code == null || code.isBlank()) {
            return Response.status(UNPROCESSABLE)
                    .entity(page(messages.web().two_factor_code_required(), endOthers))
                    .build();
        }
        Optional<List<String>> codes =
                twoFactor.confirm(
                        signedIn.accountId(),
                        code.strip(),
                        endOthers ? Optional.of(signedIn.sessionId()) : Optional.empty(),
                        client.address(),
                        client.userAgent());
        if (codes.isEmpty()) {
            return Response.status(UNPROCESSABLE)
                    .entity(
                            page(
                                    messages.of(AuthMessages.class).two_factor_wrong_code(),
                                    endOthers))
                    .build();
        }
        return recoveryCodesPage(codes.get());
    }

    /** New recovery codes, after a fresh proof of identity; the old ones stop working. */
    @POST
    @Path("/recovery-codes")
    public Response regenerate() {
        Optional<Response> stepUpFirst = stepUp.require(PAGE + "/recovery-codes", Map.of());
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        return recoveryCodesPage(
                twoFactor.regenerateRecoveryCodes(
                        signedIn.accountId(), client.address(), client.userAgent()));
    }

    /** Asks whether to turn two-factor off, with what that means; nothing changes yet. */
    @GET
    @Path("/disable")
    public TemplateInstance confirmDisable() {
        return Templates.confirmDisable(null);
    }

    /**
     * Turns two-factor off once the user has confirmed it on its own page with the password and a
     * code, always, even right after signing in: the page that promised to ask does ask.
     */
    @POST
    @Path("/disable")
    public Response disable(
            @RestForm String confirmed, @RestForm String password, @RestForm String code) {
        UUID accountId = signedIn.accountId();
        if (!CONFIRMED.equals(confirmed) || !twoFactor.isEnrolled(accountId)) {
            return Response.ok(Templates.confirmDisable(null)).build();
        }
        if (code == null || code.isBlank()) {
            return Response.status(UNPROCESSABLE)
                    .entity(Templates.confirmDisable(messages.web().two_factor_code_required()))
                    .build();
        }
        if (!logins.reverify(accountId, password, code, client.address(), client.userAgent())) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Templates.confirmDisable(messages.web().step_up_wrong()))
                    .build();
        }
        twoFactor.disable(accountId, client.address(), client.userAgent());
        return Flash.redirect(PAGE, Flash.Message.TWO_FACTOR_DISABLED);
    }

    private TemplateInstance page(String error, boolean endOtherSessions) {
        boolean enrolled = twoFactor.isEnrolled(signedIn.accountId());
        Enrollment enrollment =
                enrolled
                        ? null
                        : twoFactor
                                .pendingSecret(signedIn.accountId())
                                .map(
                                        secret -> {
                                            return new Enrollment(
                                                    secret,
                                                    TotpCodes.qrDataUri(
                                                            TotpCodes.uri(
                                                                    manifest.brand().productName(),
                                                                    secret,
                                                                    Account.of(signedIn).email)));
                                        })
                                .orElse(null);
        return Templates.overview(
                enrolled,
                enrolled ? twoFactor.remainingRecoveryCodes(signedIn.accountId()) : 0,
                enrollment,
                error,
                endOtherSessions);
    }

    /**
     * Shown once and never cached: the codes exist nowhere else in readable form. The page carries
     * them as a text file too (a data: link, so nothing is kept to serve it later) and prints as a
     * sheet of codes (the stylesheet's print rules).
     */
    private Response recoveryCodesPage(List<String> codes) {
        String made =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC)
                        .format(clock.instant());
        String file =
                messages.of(TwoFactorMessages.class)
                                .two_factor_codes_file(Account.of(signedIn).email, made)
                        + "\n\n"
                        + String.join("\n", codes)
                        + "\n";
        String download =
                "data:text/plain;charset=utf-8,"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(Templates.recoveryCodes(codes, download)).build();
    }
}
