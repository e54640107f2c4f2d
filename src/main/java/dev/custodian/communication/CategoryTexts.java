package dev.custodian.communication;

import dev.custodian.web.CommunicationMessages;

/** The words for categories, actions and sources in the reader's language. */
record CategoryTexts(CommunicationMessages cmsg) {

    String label(Category category) {
        return switch (category) {
            case NEWSLETTER -> cmsg.category_newsletter();
            case PRODUCT_ANNOUNCEMENTS -> cmsg.category_announcements();
            case PARTNER_OFFERS -> cmsg.category_partners();
            case EVENTS -> cmsg.category_events();
            case PAGE_VIEWS -> cmsg.category_page_views();
        };
    }

    String description(Category category) {
        return switch (category) {
            case NEWSLETTER -> cmsg.category_newsletter_text();
            case PRODUCT_ANNOUNCEMENTS -> cmsg.category_announcements_text();
            case PARTNER_OFFERS -> cmsg.category_partners_text();
            case EVENTS -> cmsg.category_events_text();
            case PAGE_VIEWS -> cmsg.category_page_views_text();
        };
    }

    String action(ConsentEvent.Action action) {
        return action == ConsentEvent.Action.GRANT ? cmsg.consent_grant() : cmsg.consent_withdraw();
    }

    String source(ConsentEvent.Source source) {
        return switch (source) {
            case SIGNUP -> cmsg.source_signup();
            case SETTINGS -> cmsg.source_settings();
            case EMAIL_LINK -> cmsg.source_email_link();
            case ONE_CLICK -> cmsg.source_one_click();
            case BROWSER_SIGNAL -> cmsg.source_browser_signal();
            case COOKIE_SETTINGS -> cmsg.source_cookie_settings();
        };
    }
}
