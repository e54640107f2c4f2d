package dev.custodian.manifest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words for the manifest's facts, in English ({@code messages/manifest_en.properties}) and
 * French ({@code messages/manifest_fr.properties}): legal bases, retention rules, kinds of
 * recipient. {@link Wording} puts them together; the dashboard and the export both say them.
 */
@MessageBundle(value = "manifest", locale = "en")
public interface ManifestMessages {

    @Message
    String basis_consent();

    @Message
    String basis_contract();

    @Message
    String basis_legal_obligation();

    @Message
    String basis_vital_interests();

    @Message
    String basis_public_task();

    @Message
    String basis_legitimate_interests();

    /** A basis and its letter of GDPR art. 6(1). */
    @Message
    String basis_article(String basis, String letter);

    /** Rule {@code account}: the closure's grace period, and whether erasure can come sooner. */
    @Message
    String kept_account(int months, boolean sooner);

    @Message
    String kept_from_creation(int days);

    @Message
    String kept_from_issue(int years);

    @Message
    String kept_while_active();

    @Message
    String kept_legal_hold(int years);

    /** A retention and the legal hold a law sets. */
    @Message
    String kept_by_law(String kept, int years, String law);

    @Message
    String recipient_processor();

    @Message
    String recipient_recipient();
}
