package dev.custodian.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Chromium;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the journey classes share: one headless Chromium per class (Debian's, at /usr/bin/chromium;
 * Playwright downloads no browser), a new {@link Journey} per journey, closed after it, and the
 * mail each person receives.
 */
abstract class Journeys {

    private static Playwright playwright;
    static Browser chromium;

    private final List<Journey> started = new ArrayList<>();

    @Inject MailDispatcher dispatcher;

    /**
     * Who walks each journey ({@code @MethodSource("visitors")}): in English on a desktop, each
     * page also looked at on a phone-sized window (see {@link Journey#at}), and once through in
     * French, on a phone. A third walk, in English on a phone, would take a minute more of every
     * test run and see the same pages at the same sizes.
     */
    static Stream<Arguments> visitors() {
        return Stream.of(Arguments.of(Viewport.DESKTOP, "en"), Arguments.of(Viewport.PHONE, "fr"));
    }

    @BeforeAll
    static void launchChromium() {
        playwright = Chromium.playwright();
        chromium = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void startMail() {
        MailServer.start();
    }

    @AfterEach
    void closeJourneys() {
        started.forEach(Journey::close);
        started.clear();
    }

    /** A person with a browser of their own, in {@code language}. */
    Journey journey(Viewport viewport, String language) {
        return journey(viewport, language, Map.of());
    }

    Journey journey(Viewport viewport, String language, Map<String, String> headers) {
        Journey journey = Journey.start(chromium, viewport, language, headers);
        started.add(journey);
        return journey;
    }

    /**
     * Sends what the outbox holds, and returns the one mail {@code email} got with {@code subject}.
     */
    MailServer.Received mail(String email, String subject) {
        dispatcher.dispatchDue();
        return MailServer.single(email, subject);
    }

    /**
     * An account made without the pages, its address verified: for journeys that start signed up.
     * It is signed up in {@code language}, which its pages and its mail are written in.
     */
    static String verifiedAccount(String language) {
        String email =
                Accounts.signUp(
                        new dev.custodian.testing.Browser().header("Accept-Language", language));
        Db.verifyEmail(email);
        return email;
    }

    /** As {@link #verifiedAccount(String)}, with the admin role. */
    static String admin(String language) {
        String email = verifiedAccount(language);
        Db.makeAdmin(email);
        return email;
    }
}
