package dev.custodian.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a template gains a POST form without the CSRF tag, or prints something unescaped. */
class TemplateGuardTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MARKDOWN =
            Path.of("src/main/java/dev/custodian/privacy/PolicyMarkdown.java");

    private static final Path COUNTRIES =
            Path.of("src/main/java/dev/custodian/account/Countries.java");
    private static final Pattern FORM =
            Pattern.compile(
                    "<form[^>]*method=\"post\"[^>]*>(.*?)</form>",
                    Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Test
    void everyPostFormHasTheCsrfTag() throws IOException {
        for (Path template : templates()) {
            Matcher form = FORM.matcher(Files.readString(template));
            while (form.find()) {
                assertTrue(
                        form.group(1).contains("{#csrf /}"),
                        template + " has a POST form without {#csrf /}");
            }
        }
    }

    /**
     * The one script is the application's file, through the passkeyScript tag: no inline script, no
     * script from elsewhere, no event handler attribute (the CSP would refuse them anyway).
     */
    @Test
    void noTemplateHasAScriptOfItsOwn() throws IOException {
        Pattern script = Pattern.compile("<script\\b|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Path tag = TEMPLATES.resolve("tags/passkeyScript.html");
        for (Path template : templates()) {
            if (!template.equals(tag)) {
                assertTrue(!script.matcher(Files.readString(template)).find(), template.toString());
            }
        }
        assertTrue(
                Files.readString(tag)
                        .strip()
                        .equals("<script src=\"/js/passkeys.js\" defer></script>"),
                "the tag loads the application's script only");
    }

    @Test
    void noTemplatePrintsRawText() throws IOException {
        for (Path template : templates()) {
            String text = Files.readString(template);
            assertTrue(
                    !text.contains(".raw")
                            && !text.contains(".safe")
                            && !text.contains("|raw")
                            && !text.contains("{#unescaped"),
                    template.toString());
        }
    }

    /**
     * Only the policy's Markdown renderer hands templates markup (a RawString), and only with raw
     * HTML escaped and unsafe link addresses removed; and the country lists, their names escaped
     * (CountriesTest).
     */
    @Test
    void noJavaCodeBypassesEscaping() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (source.equals(MARKDOWN)) {
                    assertTrue(
                            code.contains(".escapeHtml(true)")
                                    && code.contains(".sanitizeUrls(true)"),
                            MARKDOWN + " renders raw HTML or unsafe links");
                } else if (source.equals(COUNTRIES)) {
                    assertTrue(
                            code.contains("HTML.map(country.name(), null)"),
                            COUNTRIES + " renders country names unescaped");
                } else {
                    assertTrue(
                            !code.contains("new RawString") && !code.contains("RawString::new"),
                            source + " builds unescaped output");
                }
            }
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }
}
