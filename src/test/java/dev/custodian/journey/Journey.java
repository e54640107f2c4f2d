package dev.custodian.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.custodian.testing.TestPorts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's visit in a browser of their own (a new context: no cookies), at one viewport and in
 * one language. {@link #at} is the check made at each page: the heading the user must see, no
 * axe-core violation, and nothing wider than the screen.
 */
public final class Journey implements AutoCloseable {

    private final BrowserContext context;
    private final Viewport viewport;
    private final String language;
    public final Page page;

    private Journey(BrowserContext context, Viewport viewport, String language) {
        this.context = context;
        this.viewport = viewport;
        this.language = language;
        this.page = context.newPage();
    }

    /**
     * A new browser at {@code viewport} that asks for {@code language} (Accept-Language) and sends
     * {@code headers} with every request.
     */
    static Journey start(
            Browser chromium, Viewport viewport, String language, Map<String, String> headers) {
        Map<String, String> sent = new HashMap<>(headers);
        sent.put("Accept-Language", language);
        BrowserContext context =
                chromium.newContext(
                        new Browser.NewContextOptions()
                                .setBaseURL(TestPorts.BASE_URL)
                                .setViewportSize(viewport.width, viewport.height)
                                .setIsMobile(viewport.mobile)
                                .setHasTouch(viewport.mobile)
                                .setLocale(language)
                                .setExtraHTTPHeaders(sent));
        // the application answers in milliseconds; a page that takes longer is a failure to show
        context.setDefaultTimeout(15_000);
        return new Journey(context, viewport, language);
    }

    /** Opens {@code path} of the application, as typed in the address bar or followed from mail. */
    public Journey open(String path) {
        page.navigate(path);
        return this;
    }

    /** The English or the French text, in the journey's language. */
    public String say(String english, String french) {
        return language.startsWith("fr") ? french : english;
    }

    /**
     * The user is on the page whose main heading contains {@code heading}: checked as every page
     * is.
     */
    public Journey at(String heading) {
        assertThat(page.locator("main h1")).containsText(heading);
        checkPage();
        return this;
    }

    /** The page shows {@code text} somewhere in its main part. */
    public Journey sees(String text) {
        assertThat(page.locator("main")).containsText(text);
        return this;
    }

    public Journey doesNotSee(String text) {
        assertThat(page.locator("main")).not().containsText(text);
        return this;
    }

    /** Fills the field whose label is {@code label}. */
    public Journey fill(String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
        return this;
    }

    /** Presses the button (or a link drawn as one) named {@code name}. */
    public Journey press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
        return this;
    }

    /** Follows the link named {@code name}. */
    public Journey follow(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
        return this;
    }

    public Locator locator(String selector) {
        return page.locator(selector);
    }

    /** Signs in through the sign-in page with {@code email} and {@code password}. */
    public Journey signIn(String email, String password) {
        open("/login").at(say("Sign in", "Connexion"));
        fill(say("Email address", "Adresse e-mail"), email);
        fill(say("Password", "Mot de passe"), password);
        page.locator("main form[action='/login'] button[type=submit]").click();
        return this;
    }

    /**
     * Every page: axe-core finds no violation, and nothing is wider than the viewport; a desktop
     * walk looks at each page on a phone-sized window too, then goes on at its own size.
     */
    void checkPage() {
        checkAt(viewport);
        if (viewport == Viewport.DESKTOP) {
            page.setViewportSize(Viewport.PHONE.width, Viewport.PHONE.height);
            try {
                checkAt(Viewport.PHONE);
            } finally {
                page.setViewportSize(viewport.width, viewport.height);
            }
        }
    }

    private void checkAt(Viewport size) {
        // legacy mode runs axe in the page itself; the default opens a page of its own for each
        // check to merge frames' results, and these pages have no frames
        List<Rule> violations =
                new AxeBuilder(page)
                        .setLegacyMode(true)
                        .options(ONLY_VIOLATIONS)
                        .analyze()
                        .getViolations();
        if (!violations.isEmpty()) {
            fail(where(size) + ": axe-core violations:\n" + describe(violations));
        }
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
        assertTrue(
                scrollWidth.intValue() <= innerWidth.intValue(),
                where(size)
                        + ": the page is "
                        + scrollWidth
                        + " px wide in a "
                        + innerWidth
                        + " px window; wider: "
                        + page.evaluate(WIDER_THAN_THE_WINDOW));
    }

    /**
     * Every rule runs, but only violations come back with their elements: the passes of a page are
     * thousands of elements that axe would describe and Playwright carry over for nothing.
     */
    private static final AxeRunOptions ONLY_VIOLATIONS = onlyViolations();

    private static AxeRunOptions onlyViolations() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** The elements that stick out on the right, to say which one to fix. */
    private static final String WIDER_THAN_THE_WINDOW =
            "() => [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)"
                    + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                    + " + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ')";

    private String where(Viewport size) {
        return page.url() + " at " + size + " in " + language;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(
                        rule ->
                                "- "
                                        + rule.getId()
                                        + " ("
                                        + rule.getImpact()
                                        + "): "
                                        + rule.getHelp()
                                        + "\n"
                                        + rule.getNodes().stream()
                                                .map(Journey::describe)
                                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    "
                + node.getTarget()
                + " "
                + node.getHtml()
                + "\n      "
                + node.getFailureSummary();
    }

    @Override
    public void close() {
        context.close();
    }
}
