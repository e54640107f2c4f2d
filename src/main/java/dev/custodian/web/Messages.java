package dev.custodian.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The message bundle in this request's language, for text composed in Java (form errors, flash).
 */
@RequestScoped
public class Messages {

    @Inject RequestLocale requestLocale;

    private AppMessages bundle;

    public AppMessages bundle() {
        if (bundle == null) {
            bundle = forLocale(requestLocale.get());
        }
        return bundle;
    }

    /** The profile pages' bundle in this request's language. */
    public ProfileMessages profile() {
        return profileForLocale(requestLocale.get());
    }

    public static ProfileMessages profileForLocale(Locale locale) {
        return MessageBundles.get(
                ProfileMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** The products, closure and admin pages' bundle in this request's language. */
    public LifecycleMessages lifecycle() {
        return lifecycleForLocale(requestLocale.get());
    }

    public static LifecycleMessages lifecycleForLocale(Locale locale) {
        return MessageBundles.get(
                LifecycleMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** The communication pages' bundle in this request's language. */
    public CommunicationMessages communication() {
        return communicationForLocale(requestLocale.get());
    }

    public static CommunicationMessages communicationForLocale(Locale locale) {
        return MessageBundles.get(
                CommunicationMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** The visibility and profile pages' bundle in this request's language. */
    public VisibilityMessages visibility() {
        return MessageBundles.get(
                VisibilityMessages.class, Localized.Literal.of(requestLocale.get().getLanguage()));
    }

    /** The data, privacy and report pages' bundle in this request's language. */
    public DataMessages data() {
        return dataForLocale(requestLocale.get());
    }

    public static DataMessages dataForLocale(Locale locale) {
        return MessageBundles.get(DataMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** The external sign-in pages' bundle in this request's language. */
    public OidcMessages oidc() {
        return oidcForLocale(requestLocale.get());
    }

    public static OidcMessages oidcForLocale(Locale locale) {
        return MessageBundles.get(OidcMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    public Locale locale() {
        return requestLocale.get();
    }

    public static AppMessages forLocale(Locale locale) {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    String flash(Flash.Message message) {
        return switch (message) {
            case SIGNED_IN -> bundle().flash_signed_in();
            case LANGUAGE_CHANGED -> bundle().flash_language_changed();
            case EMAIL_VERIFIED -> bundle().flash_email_verified();
            case VERIFICATION_SENT -> bundle().flash_verification_sent();
            case PASSWORD_CHANGED -> bundle().flash_password_changed();
            case PASSWORD_RESET -> bundle().flash_password_reset();
            case TWO_FACTOR_DISABLED -> bundle().flash_two_factor_disabled();
            case SESSION_ENDED -> bundle().flash_session_ended();
            case OTHER_SESSIONS_ENDED -> bundle().flash_other_sessions_ended();
            case EMAIL_CHANGE_SENT -> profile().flash_email_change_sent();
            case EMAIL_CHANGED -> profile().flash_email_changed();
            case EMAIL_REVERTED -> profile().flash_email_reverted();
            case PROFILE_SAVED -> profile().flash_profile_saved();
            case PRODUCT_TERMINATED -> lifecycle().flash_product_terminated();
            case ACCOUNT_REOPENED -> lifecycle().flash_account_reopened();
            case ADMIN_SAVED -> lifecycle().flash_admin_saved();
            case MAIL_SENT_AGAIN -> lifecycle().flash_mail_sent_again();
            case PREFERENCES_SAVED -> communication().flash_preferences_saved();
            case CAMPAIGN_SENDING -> communication().flash_campaign_sending();
            case VISIBILITY_SAVED -> visibility().flash_visibility_saved();
            case EXPORT_REQUESTED -> data().flash_export_requested();
            case COOKIES_SAVED -> data().flash_cookies_saved();
            case POLICY_ACCEPTED -> data().flash_policy_accepted();
            case REPORT_SENT -> data().flash_report_sent();
            case IDENTITY_LINKED -> oidc().flash_identity_linked();
            case IDENTITY_UNLINKED -> oidc().flash_identity_unlinked();
        };
    }
}
