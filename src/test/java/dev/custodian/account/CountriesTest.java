package dev.custodian.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The country options a form shows, rendered once per language. */
class CountriesTest {

    private static final Pattern OPTION =
            Pattern.compile("<option value=\"([A-Z]{2})\"( selected)?>");

    @Test
    void everyCountryIsAnOptionInItsReadersOrderWithItsNameEscaped() {
        String english = Countries.in(Locale.ENGLISH).options(null).toString();
        assertEquals(Locale.getISOCountries().length, count(english, OPTION));
        assertTrue(
                english.contains("<option value=\"BA\">Bosnia &amp; Herzegovina</option>"),
                english);
        assertFalse(english.contains(" selected"));
        String french = Countries.in(Locale.FRENCH).options(null).toString();
        assertTrue(
                french.indexOf(">Côte d’Ivoire<") < french.indexOf(">Croatie<"),
                "sorted as a French reader expects");
    }

    @Test
    void onlyTheChosenCountryIsSelected() {
        String options = Countries.in(Locale.ENGLISH).options("FR").toString();
        assertTrue(options.contains("<option value=\"FR\" selected>France</option>"), options);
        assertEquals(1, options.split(" selected", -1).length - 1);
    }

    @Test
    void aValueThatIsNoCountrySelectsNothing() {
        for (String typed : new String[] {"", "fr", "XX", "\"><script>", "FR\" onfocus=\"x"}) {
            String options = Countries.in(Locale.ENGLISH).options(typed).toString();
            assertFalse(options.contains(" selected"), typed);
            assertFalse(options.contains("script"), typed);
        }
    }

    private static int count(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
