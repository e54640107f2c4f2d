package dev.custodian.manifest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.ManifestVariant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Another company's portal: its name, logo and colour on every page and mail, French first as its
 * manifest says, no language it does not offer, and its minimum age.
 */
@QuarkusTest
@TestProfile(BrandTest.Acme.class)
class BrandTest {

    static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>";

    public static class Acme implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "custodian.manifest",
                    ManifestVariant.of(
                            Map.of(
                                    "languages: [en, fr]", "languages: [fr]",
                                    "  productName: Custodian\n",
                                            "  productName: Acme Espace\n  logo: acme.svg\n",
                                    "accentColour: \"#1f5f8b\"", "accentColour: \"#aa3300\"",
                                    "minimumAge: 18", "minimumAge: 16",
                                    "  name: Custodian SAS\n", "  name: Acme SARL\n"),
                            Map.of("acme.svg", LOGO.getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void pagesCarryTheBrandInTheCompanysOnlyLanguage() {
        new Browser()
                .header("Accept-Language", "en")
                .get("/signup")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"fr\">"))
                .body(containsString("Acme Espace</a>"))
                .body(containsString("<img class=\"brand-logo\" src=\"/brand/logo\""))
                .body(containsString("<link rel=\"icon\" href=\"/brand/logo\">"))
                .body(containsString("J’ai 16 ans ou plus."))
                .body(containsString("<link rel=\"stylesheet\" href=\"/brand/brand.css\">"))
                .body(not(containsString("Custodian")))
                .body(not(containsString("name=\"lang\"")));
        new Browser()
                .get("/")
                .then()
                .body(containsString("Acme SARL exploite ce portail"))
                .body(not(containsString("Custodian")));
    }

    @Test
    void theOnlyLanguageIsNoChoice() {
        Accounts.signedInUser()
                .browser()
                .get("/account/profile")
                .then()
                .statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"locale\" value=\"fr\">"))
                .body(not(containsString("<select id=\"locale\"")));
    }

    /**
     * Without a cookie of their own: a new CSRF token set by the stylesheet a page loads would make
     * the form on that page fail, and a shared cache would hand one visitor's token to others.
     */
    @Test
    void theStylesheetAndTheLogoAreServedWithoutACookie() {
        new Browser()
                .get("/brand/brand.css")
                .then()
                .statusCode(200)
                .contentType(containsString("text/css"))
                .header("Set-Cookie", nullValue())
                .body(equalTo(":root{--accent:#aa3300;--accent-dark:#7f2600}\n"));
        new Browser()
                .get("/brand/logo")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Set-Cookie", nullValue())
                .body(equalTo(LOGO));
        // its own policy alone: a browser enforces every policy it is sent
        assertEquals(
                List.of("default-src 'none'; style-src 'unsafe-inline'"),
                new Browser().get("/brand/logo").getHeaders().getValues("Content-Security-Policy"));
    }
}
