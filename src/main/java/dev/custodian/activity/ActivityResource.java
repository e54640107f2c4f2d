package dev.custodian.activity;

import dev.custodian.auth.SignedIn;
import dev.custodian.web.AppMessages;
import dev.custodian.web.DataMessages;
import dev.custodian.web.LifecycleMessages;
import dev.custodian.web.Messages;
import dev.custodian.web.PageNumber;
import dev.custodian.web.ProfileMessages;
import dev.custodian.web.VisibilityMessages;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/account/activity")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ActivityResource {

    static final int PAGE_SIZE = 25;

    /** One line of the log as the user reads it. */
    public record Entry(String when, String description, String ip, String device) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activity(List<Entry> entries, int page, boolean hasNext);
    }

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    /** The account's security and privacy events, newest first. */
    @GET
    public TemplateInstance activity(@RestQuery Integer page) {
        int index = PageNumber.of(page, PAGE_SIZE + 1);
        List<AccountEvent> events =
                AccountEvent.<AccountEvent>find(
                                "accountId", Sort.descending("occurredAt"), signedIn.accountId())
                        .page(Page.of(index - 1, PAGE_SIZE + 1))
                        .list();
        boolean hasNext = events.size() > PAGE_SIZE;
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC);
        AppMessages msg = messages.bundle();
        List<Entry> entries =
                events.stream()
                        .limit(PAGE_SIZE)
                        .map(
                                e ->
                                        new Entry(
                                                format.format(e.occurredAt) + " UTC",
                                                describe(
                                                                e.type,
                                                                msg,
                                                                messages.profile(),
                                                                messages.lifecycle(),
                                                                messages.visibility(),
                                                                messages.data())
                                                        + details(
                                                                e.detail,
                                                                messages.profile(),
                                                                messages.visibility()),
                                                e.ip,
                                                e.userAgent))
                        .toList();
        return Templates.activity(entries, index, hasNext);
    }

    /** The changed fields an event names, in the reader's words; unknown keys are left out. */
    static String details(String detail, ProfileMessages pmsg, VisibilityMessages vmsg) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        List<String> names =
                Arrays.stream(detail.split(",\\s*"))
                        .map(
                                key ->
                                        switch (key) {
                                            case "firstName" -> pmsg.changed_firstName();
                                            case "lastName" -> pmsg.changed_lastName();
                                            case "company" -> pmsg.changed_company();
                                            case "locale" -> pmsg.changed_locale();
                                            case "country" -> pmsg.changed_country();
                                            case "phone" -> pmsg.changed_phone();
                                            case "postalAddress" -> pmsg.changed_postalAddress();
                                            case "billingAddress" -> pmsg.changed_billingAddress();
                                            case "billingSameAsPostal" ->
                                                    pmsg.changed_billingSameAsPostal();
                                            case "handle" -> pmsg.changed_handle();
                                            case "headline" -> pmsg.changed_headline();
                                            case "city" -> pmsg.changed_city();
                                            case "about" -> pmsg.changed_about();
                                            case "experience" -> pmsg.changed_experience();
                                            case "name" -> vmsg.field_name();
                                            case "experiences" -> vmsg.field_experiences();
                                            case "email" -> vmsg.field_email();
                                            case "indexable" -> vmsg.field_indexable();
                                            default -> null;
                                        })
                        .filter(Objects::nonNull)
                        .toList();
        return names.isEmpty() ? "" : " (" + pmsg.changed_fields(String.join(", ", names)) + ")";
    }

    static String describe(
            EventType type,
            AppMessages msg,
            ProfileMessages pmsg,
            LifecycleMessages lmsg,
            VisibilityMessages vmsg,
            DataMessages dmsg) {
        return switch (type) {
            case SIGNED_UP -> msg.event_signed_up();
            case SIGNED_IN -> msg.event_signed_in();
            case SIGNED_IN_NEW_DEVICE -> msg.event_signed_in_new_device();
            case SIGN_IN_FAILED -> msg.event_sign_in_failed();
            case SIGNED_OUT -> msg.event_signed_out();
            case EMAIL_VERIFIED -> msg.event_email_verified();
            case VERIFICATION_SENT -> msg.event_verification_sent();
            case PASSWORD_CHANGED -> msg.event_password_changed();
            case PASSWORD_RESET_REQUESTED -> msg.event_password_reset_requested();
            case PASSWORD_RESET -> msg.event_password_reset();
            case OTHER_SESSIONS_ENDED -> msg.event_other_sessions_ended();
            case SESSION_ENDED -> msg.event_session_ended();
            case TWO_FACTOR_ENABLED -> msg.event_two_factor_enabled();
            case TWO_FACTOR_DISABLED -> msg.event_two_factor_disabled();
            case RECOVERY_CODE_USED -> msg.event_recovery_code_used();
            case RECOVERY_CODES_REGENERATED -> msg.event_recovery_codes_regenerated();
            case SECOND_FACTOR_BLOCKED -> msg.event_second_factor_blocked();
            case AUTHENTICATOR_CODES_REFUSED -> msg.event_authenticator_codes_refused();
            case REVERIFICATION_FAILED -> msg.event_reverification_failed();
            case STEP_UP -> msg.event_step_up();
            case PROFILE_CHANGED -> pmsg.event_profile_changed();
            case EMAIL_CHANGE_REQUESTED -> pmsg.event_email_change_requested();
            case EMAIL_CHANGED -> pmsg.event_email_changed();
            case EMAIL_CHANGE_REVERTED -> pmsg.event_email_change_reverted();
            case PRODUCT_TERMINATED -> lmsg.event_product_terminated();
            case ACCOUNT_CLOSED -> lmsg.event_account_closed();
            case ACCOUNT_REOPENED -> lmsg.event_account_reopened();
            case VISIBILITY_CHANGED -> vmsg.event_visibility_changed();
            case DATA_EXPORT_REQUESTED -> dmsg.event_export_requested();
            case DATA_EXPORT_READY -> dmsg.event_export_ready();
            case DATA_EXPORT_DOWNLOADED -> dmsg.event_export_downloaded();
            case POLICY_ACCEPTED -> dmsg.event_policy_accepted();
            case IDENTITY_LINKED -> dmsg.event_identity_linked();
            case IDENTITY_UNLINKED -> dmsg.event_identity_unlinked();
        };
    }
}
