package dev.custodian.oidc;

import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/** The signed-in account's linked identities, for the security page. */
@Named("linkedIdentities")
@RequestScoped
public class LinkedIdentities {

    /** One identity as the page lists it. */
    public record Row(UUID id, String email, String linked, String lastUsed) {}

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Transactional
    public List<Row> mine() {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC);
        return OidcIdentity.ofAccount(signedIn.accountId()).stream()
                .map(
                        i ->
                                new Row(
                                        i.id,
                                        i.email == null ? "" : i.email,
                                        format.format(i.linkedAt) + " UTC",
                                        i.lastUsedAt == null
                                                ? ""
                                                : format.format(i.lastUsedAt) + " UTC"))
                .toList();
    }
}
