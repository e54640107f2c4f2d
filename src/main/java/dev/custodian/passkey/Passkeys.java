package dev.custodian.passkey;

import dev.custodian.auth.StepUp;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in account's passkeys as pages show them ({@code inject:passkeys}), and what the
 * page's script tells the browser: the relying party, the user handle and the passkeys still
 * accepted (WebAuthn's Signal API), so that a password manager drops one removed elsewhere.
 */
@Named("passkeys")
@RequestScoped
public class Passkeys {

    /** One passkey as the security page lists it. */
    public record Row(UUID id, String name, String added, String lastUsed) {}

    @Inject SignedIn signedIn;

    @Inject PasskeyService service;

    @Inject Ceremonies ceremonies;

    @Inject Messages messages;

    @Inject StepUp stepUp;

    private List<Passkey> mine;

    public List<Row> mine() {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC);
        return stored().stream()
                .map(
                        p ->
                                new Row(
                                        p.id,
                                        p.name,
                                        format.format(p.createdAt) + " UTC",
                                        p.lastUsedAt == null
                                                ? ""
                                                : format.format(p.lastUsedAt) + " UTC"))
                .toList();
    }

    /**
     * Whether to offer a passkey: the account has none, and has just signed in (or proved it is its
     * owner), so that creating one needs no further proof. The sign-in's time is at hand; the
     * passkeys are read only within those minutes, not at every view of the account's page.
     */
    public boolean offer() {
        return stepUp.isRecent() && stored().isEmpty();
    }

    public String rpId() {
        return ceremonies.rpId();
    }

    public String userHandle() {
        return Ceremonies.userHandle(signedIn.accountId());
    }

    /** The ids of the account's passkeys, comma-separated, as the Signal API lists them. */
    public String accepted() {
        return stored().stream().map(p -> p.credentialId).collect(Collectors.joining(","));
    }

    private List<Passkey> stored() {
        if (mine == null) {
            mine = service.of(signedIn.accountId());
        }
        return mine;
    }
}
