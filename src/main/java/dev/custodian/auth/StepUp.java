package dev.custodian.auth;

import dev.custodian.web.HtmlPages;
import dev.custodian.web.ScriptPolicy;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sensitive actions (two-factor off, and later email change, export, closure) need a recent proof
 * of identity. An action calls {@link #require}: within ten minutes of the last one it goes ahead;
 * otherwise the user gets the step-up form, which keeps the action and what they had typed, and
 * after the password (and code), or a passkey, offers to continue with it.
 */
@RequestScoped
public class StepUp {

    static final Duration WINDOW = Duration.ofMinutes(10);

    /** A value the user typed, carried through the step-up form (never a password). */
    public record Carried(String name, String value) {}

    @CheckedTemplate(basePath = "auth/StepUp")
    static class Templates {
        static native TemplateInstance stepUp(
                String action,
                List<Carried> carried,
                boolean needsCode,
                boolean passkey,
                String error);
    }

    @Inject SignedIn signedIn;

    @Inject Clock clock;

    @Inject SecondFactor twoFactor;

    @Inject PasskeyProof passkeys;

    public boolean isRecent() {
        return signedIn.authenticatedAt() != null
                && clock.instant().isBefore(signedIn.authenticatedAt().plus(WINDOW));
    }

    /**
     * Empty when the action may go ahead; otherwise the step-up page to answer with, which will
     * send the user back to {@code action} with {@code typed}.
     */
    public Optional<Response> require(String action, Map<String, String> typed) {
        if (isRecent()) {
            return Optional.empty();
        }
        return Optional.of(page(action, carry(typed), null, Response.Status.OK.getStatusCode()));
    }

    Response page(String action, List<Carried> carried, String error, int status) {
        UUID accountId = signedIn.accountId();
        boolean passkey = passkeys.has(accountId);
        Response.ResponseBuilder page =
                Response.status(status)
                        .type(HtmlPages.TYPE)
                        .entity(
                                Templates.stepUp(
                                        action,
                                        carried,
                                        twoFactor.isEnrolled(accountId),
                                        passkey,
                                        error));
        // the passkey button needs the script; without a passkey the page runs none
        return (passkey ? ScriptPolicy.allowScript(page) : page).build();
    }

    static List<Carried> carry(Map<String, String> typed) {
        return typed.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> new Carried(e.getKey(), e.getValue()))
                .toList();
    }
}
