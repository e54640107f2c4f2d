package dev.custodian.export;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signedInUser;
import static dev.custodian.testing.Browser.redirectsTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.custodian.catalogue.Catalogue;
import dev.custodian.catalogue.Catalogue.Column;
import dev.custodian.catalogue.Catalogue.Table;
import dev.custodian.catalogue.ValueWords;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.manifest.Manifest;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.All;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject ExportJob exports;

    @Inject Engine engine;

    @Inject MailDispatcher dispatcher;

    @Inject TestClock clock;

    @Inject AgroalDataSource dataSource;

    @Inject Manifest manifest;

    @Inject @All List<ValueWords> valueWords;

    @BeforeEach
    void start() {
        MailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anExportArrivesByMailAndDownloadsAsAZipOfJsonSchemaAndPage() throws IOException {
        User user = signedInUser();
        user.browser()
                .get("/account/data")
                .then()
                .statusCode(200)
                .body(containsString("You have not asked for a copy yet."));

        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303)
                .header("Location", redirectsTo("/account/data"));
        user.browser()
                .get("/account/data")
                .then()
                .statusCode(200)
                .body(containsString("We are preparing a copy of your data"))
                .body(containsString("Being prepared"));
        assertTrue(exports.buildRequested() >= 1);
        dispatcher.dispatchDue();

        MailServer.Received mail =
                MailServer.single(user.email(), "Your copy of your data is ready");
        String page =
                user.browser()
                        .get(mail.link("/account/data"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        UUID exportId = onlyExport(user.id()).id;
        assertTrue(page.contains("href=\"/account/data/" + exportId + "/archive\""), page);

        var download = user.browser().get("/account/data/" + exportId + "/archive");
        download.then()
                .statusCode(200)
                .contentType("application/zip")
                .header("Cache-Control", "no-store")
                .header(
                        "Content-Disposition",
                        containsString("attachment; filename=\"custodian-data-"));
        Map<String, String> files = unzip(download.asByteArray());
        assertEquals(Set.of("data.json", "data.schema.json", "index.html"), files.keySet());
        JsonNode data = JSON.readTree(files.get("data.json"));
        assertEquals(user.email(), data.get("account").get("email").asText());
        assertEquals("Ada", data.get("account").get("first_name").asText());
        assertEquals(
                List.of(),
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(files.get("data.schema.json"))
                        .validate(files.get("data.json"), InputFormat.JSON));
        assertTrue(files.get("index.html").contains("<h1>Your data at Custodian</h1>"));
        assertTrue(files.get("index.html").contains("<td>" + user.email() + "</td>"));
        // a document with landmarks, whose list rows read as labelled lines on a phone
        String document = files.get("index.html");
        assertTrue(document.contains("<main>") && document.contains("</main>"), "a main landmark");
        assertTrue(
                document.contains("<nav aria-labelledby=\"contents\">"), "the contents as a nav");
        assertTrue(
                document.contains("<td data-label=\"Signed in\">"), "session cells carry labels");
        assertTrue(
                document.contains("@media (max-width:40rem)"), "and the phone rules to use them");
        String index = files.get("index.html");
        assertTrue(index.strip().endsWith("</html>"), "the whole page, to its end");
        assertEquals(
                Catalogue.exported().size() + 1,
                index.split("<section id=\"", -1).length - 1,
                "a section for each part of data.json, and what it is about");
        assertTrue(
                index.contains("<th scope=\"col\">") && index.contains("<th scope=\"row\">"),
                index);
        // the supervisory authority's address is text to read, nothing to load
        assertTrue(
                !index.contains(" src=")
                        && !index.contains("<link")
                        && !index.contains("url(")
                        && !index.contains("@import")
                        && !index.contains("href=\"http"),
                "index.html loads nothing from elsewhere");
        user.browser()
                .get("/account/activity")
                .then()
                .body(containsString("Copy of your data downloaded"));
    }

    @Test
    void anotherUsersArchiveIsNeverDownloadableNorListed() {
        User owner = signedInUser();
        User other = signedInUser();
        owner.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        exports.buildRequested();
        UUID exportId = onlyExport(owner.id()).id;

        other.browser().get("/account/data/" + exportId + "/archive").then().statusCode(404);
        other.browser().get("/account/data").then().body(not(containsString(exportId.toString())));
        new Browser()
                .get("/account/data/" + exportId + "/archive")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));
        owner.browser().get("/account/data/not-an-id/archive").then().statusCode(404);
        owner.browser()
                .get("/account/data/" + UUID.randomUUID() + "/archive")
                .then()
                .statusCode(404);
        owner.browser().get("/account/data/" + exportId + "/archive").then().statusCode(200);
    }

    @Test
    void oneRequestADayAndAFreshPasswordFirst() {
        User user = signedInUser();
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        user.browser()
                .submit("/account", "/account/data/request", Map.of())
                .then()
                .statusCode(429)
                .body(containsString("You have already asked for a copy today."));
        user.browser().post("/account/data/request", Map.of()).then().statusCode(400);
        assertEquals(1, exportsOf(user.id()).size());

        clock.advance(Duration.ofHours(25));
        signIn(user.browser(), user.email(), PASSWORD).then().statusCode(303);
        clock.advance(Duration.ofMinutes(11));
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(200)
                .body(containsString("Confirm it is you"));
        assertEquals(1, exportsOf(user.id()).size());
        user.browser()
                .submit(
                        "/account/data",
                        "/account/step-up",
                        Map.of("action", "/account/data/request", "password", PASSWORD))
                .then()
                .statusCode(200);
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        assertEquals(2, exportsOf(user.id()).size());
    }

    @Test
    void anArchiveIsDeletedSevenDaysAfterItIsReady() {
        User user = signedInUser();
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        exports.buildRequested();
        UUID exportId = onlyExport(user.id()).id;

        clock.advance(
                Duration.ofDays(manifest.category("exports").retention().days()).minusMinutes(1));
        exports.expireDue();
        signIn(user.browser(), user.email(), PASSWORD).then().statusCode(303);
        user.browser().get("/account/data/" + exportId + "/archive").then().statusCode(200);

        clock.advance(Duration.ofMinutes(2));
        signIn(user.browser(), user.email(), PASSWORD).then().statusCode(303);
        user.browser().get("/account/data/" + exportId + "/archive").then().statusCode(404);
        assertTrue(exports.expireDue() >= 1);
        assertEquals(DataExport.Status.EXPIRED, onlyExport(user.id()).status);
        assertEquals(
                0L,
                Db.count(
                        "SELECT COUNT(*) FROM data_export_archive WHERE export_id = ?1", exportId));
        user.browser().get("/account/data").then().body(containsString("Deleted after 7 days"));
    }

    @Test
    void theIndexPageSpeaksTheLanguageOfTheRequest() throws IOException {
        User user = signedInUser();
        user.browser()
                .submit("/account", "/language", Map.of("lang", "fr", "next", "/account"))
                .then()
                .statusCode(303);
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        exports.buildRequested();
        String page =
                unzip(
                                user.browser()
                                        .get(
                                                "/account/data/"
                                                        + onlyExport(user.id()).id
                                                        + "/archive")
                                        .asByteArray())
                        .get("index.html");
        assertTrue(
                page.contains("<html lang=\"fr\">") && page.contains("Vos données chez Custodian"),
                page);
    }

    @Test
    void theLinkMailedForAnEmailChangeIsNotInTheExportSoItTellsNothingOfTakenAddresses()
            throws IOException {
        User user = signedInUser();
        String asked = Accounts.uniqueEmail();
        user.browser()
                .submit("/account/email", "/account/email", Map.of("newEmail", asked))
                .then()
                .statusCode(303);
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        exports.buildRequested();
        JsonNode data =
                JSON.readTree(
                        unzip(
                                        user.browser()
                                                .get(
                                                        "/account/data/"
                                                                + onlyExport(user.id()).id
                                                                + "/archive")
                                                .asByteArray())
                                .get("data.json"));
        List<String> kinds = new java.util.ArrayList<>();
        data.get("emails").forEach(mail -> kinds.add(mail.get("kind").asText()));
        assertTrue(!kinds.isEmpty() && !kinds.contains("confirmNewEmail"), kinds.toString());
        List<String> payloads = new java.util.ArrayList<>();
        data.get("emailed_links").forEach(link -> payloads.add(link.get("payload").asText()));
        assertTrue(payloads.contains(asked), "the address asked for is there, taken or free");
    }

    @Test
    void anOptOutPreferenceSignalIsInTheConsentHistoryWithItsSource() throws IOException {
        User user = signedInUser();
        user.browser().header("Sec-GPC", "1");
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        exports.buildRequested();
        JsonNode data =
                JSON.readTree(
                        unzip(
                                        user.browser()
                                                .get(
                                                        "/account/data/"
                                                                + onlyExport(user.id()).id
                                                                + "/archive")
                                                .asByteArray())
                                .get("data.json"));
        JsonNode event = data.get("consent_history").get(0);
        assertEquals(
                List.of("PAGE_VIEWS", "WITHDRAW", "BROWSER_SIGNAL"),
                List.of(
                        event.get("category").asText(),
                        event.get("action").asText(),
                        event.get("source").asText()));
        assertTrue(data.get("account").hasNonNull("opt_out_signal_at"));
    }

    /**
     * The copy says what GDPR art. 15 asks besides the data, as the manifest states it: in
     * data.json with machine names, and in index.html in the reader's language.
     */
    @Test
    void theArchiveSaysWhyEachKindIsHeldForHowLongWhoReceivesItAndWhere() throws IOException {
        User user = signedInUser();
        Map<String, String> files = archiveOf(user);
        JsonNode about = JSON.readTree(files.get("data.json")).get("about");
        assertEquals("Custodian SAS", about.at("/controller/name").asText());
        assertEquals(
                "dpo@custodian.localhost",
                about.at("/controller/data_protection_contact").asText());
        assertEquals(
                "https://www.cnil.fr", about.at("/controller/supervisory_authority/url").asText());
        List<String> ids = new java.util.ArrayList<>();
        about.get("categories").forEach(category -> ids.add(category.get("id").asText()));
        assertEquals(
                manifest.dataCategories().stream().map(Manifest.DataCategory::id).toList(), ids);
        JsonNode invoices = about.get("categories").get(ids.indexOf("invoices"));
        assertEquals("legal-obligation", invoices.get("legal_basis").asText());
        assertEquals("from-issue", invoices.at("/retention/rule").asText());
        assertEquals(10, invoices.at("/retention/years").asInt());
        assertEquals(10, invoices.at("/legal_hold/years").asInt());
        assertEquals(
                "10 years from issue (the law requires 10 years: French Commercial Code art. L123-22)",
                invoices.at("/retention/description").asText());
        assertEquals(List.of("invoices"), List.of(invoices.at("/sections/0").asText()));
        JsonNode contact = about.get("categories").get(ids.indexOf("contact"));
        assertEquals(6, contact.at("/retention/months").asInt());
        assertEquals("[\"account\",\"addresses\"]", contact.get("sections").toString());
        JsonNode stripe = about.get("recipients").get(1);
        assertEquals(
                List.of("Stripe", "processor", "IE", "[\"invoices\"]"),
                List.of(
                        stripe.get("name").asText(),
                        stripe.get("kind").asText(),
                        stripe.get("country").asText(),
                        stripe.get("categories").toString()));
        assertEquals("FR", about.at("/storage/locations/0/country").asText());
        assertEquals("US", about.at("/storage/backups/0/country").asText());

        String page = files.get("index.html");
        for (String expected :
                List.of(
                        "<li><a href=\"#about\">Why we hold your data, and who receives it</a></li>",
                        "<section id=\"about\">",
                        "<tr><th scope=\"row\">Name</th><td>Custodian SAS</td></tr>",
                        "<td>Commission nationale de l’informatique et des libertés (CNIL), France, https://www.cnil.fr</td>",
                        "<td data-label=\"Legal basis\">Contract (GDPR art. 6(1)(b))</td>",
                        "<td data-label=\"How long it is kept\">365 days from each entry</td>",
                        "<td data-label=\"How long it is kept\">While your account is open, and 6 months after you close it, unless you ask for erasure sooner</td>",
                        "<td data-label=\"In this copy\">Account and contact details, Addresses</td>",
                        "<td data-label=\"Recipient\">Stripe</td><td data-label=\"Role\">Processor</td>",
                        "<td data-label=\"Data received\">Invoices</td><td data-label=\"Country\">Ireland</td>",
                        "<tr><th scope=\"row\">France</th><td>Servers of our hosting provider in France, in the European Union.</td></tr>",
                        "<tr><th scope=\"row\">United States</th><td>Backup copies may be kept")) {
            assertTrue(page.contains(expected), () -> "no " + expected + " in " + page);
        }

        user.browser()
                .submit("/account", "/language", Map.of("lang", "fr", "next", "/account"))
                .then()
                .statusCode(303);
        clock.advance(Duration.ofHours(25));
        signIn(user.browser(), user.email(), PASSWORD).then().statusCode(303);
        Map<String, String> french = archiveOf(user);
        String pageFr = french.get("index.html");
        for (String expected :
                List.of(
                        "Pourquoi nous conservons vos données, et qui les reçoit",
                        "Contrat (RGPD art. 6(1)(b))",
                        "10 ans à compter de l’émission (la loi impose 10 ans : Code de commerce art. L123-22)",
                        "<td data-label=\"Pays\">Irlande</td>",
                        "<tr><th scope=\"row\">États-Unis</th>")) {
            assertTrue(pageFr.contains(expected), () -> "no " + expected + " in " + pageFr);
        }
        JsonNode aboutFr = JSON.readTree(french.get("data.json")).get("about");
        assertEquals(
                "Gérer votre compte et vous contacter à son sujet.",
                aboutFr.at("/categories/0/purpose").asText());
    }

    /**
     * Each exported section and column, and each table left out, has its label in both languages
     * (CatalogueTest checks that the catalogue decides every table and column).
     */
    @Test
    void everySectionColumnAndTableLeftOutHasItsLabelInBothLanguages() {
        ExportLabels english = ExportLabels.of(engine, Locale.ENGLISH);
        ExportLabels french = ExportLabels.of(engine, Locale.FRENCH);
        for (ExportLabels labels : List.of(english, french)) {
            for (Table table : Catalogue.tables()) {
                if (table.export() == null) {
                    assertTrue(labels.has("not_exported_" + table.name()), table.name());
                    continue;
                }
                String section = table.export().section();
                assertTrue(
                        labels.has("section_" + section)
                                && labels.has("section_" + section + "_about"),
                        section);
                table.export()
                        .columns()
                        .forEach(
                                column ->
                                        assertTrue(
                                                !labels.column(table, column.name()).isBlank(),
                                                column.name()));
            }
        }
    }

    /**
     * index.html names values, headings and the columns left out in words, in the reader's
     * language; data.json keeps the machine names.
     */
    @Test
    void theIndexPageSaysValuesAndColumnsLeftOutInWordsAndDataJsonKeepsMachineNames()
            throws Exception {
        List<String> machineNames =
                List.of(
                        "ACTIVE",
                        "SIGNED_IN",
                        "NEWSLETTER",
                        ">newsletter<",
                        "password_hash",
                        "token_hash",
                        "secret_encrypted",
                        "last_used_step");
        Map<String, List<String>> wordsByLanguage =
                Map.of(
                        "en",
                        List.of(
                                "<td>Open</td>",
                                ">Signed in</td>",
                                ">Newsletter</td>",
                                ">Turned on</td>",
                                "<td>France</td>",
                                ">English</td>",
                                "Password in its scrambled form (a hash)",
                                "Secret key in its scrambled form (a hash)",
                                "Secret of the authenticator app (encrypted)",
                                "Time slot of the last code used"),
                        "fr",
                        List.of(
                                "<td>Ouvert</td>",
                                ">Connexion</td>",
                                ">Lettre d’information</td>",
                                "<td>France</td>",
                                ">Français</td>",
                                "Mot de passe sous sa forme brouillée (une empreinte)",
                                "Clé secrète sous sa forme brouillée (une empreinte)",
                                "Secret de l’application d’authentification (chiffré)",
                                "Créneau horaire du dernier code utilisé"));
        for (String language : List.of("en", "fr")) {
            User user = signedInUser();
            user.browser()
                    .submit("/account", "/language", Map.of("lang", language, "next", "/account"))
                    .then()
                    .statusCode(303);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement subscribe =
                            connection.prepareStatement(
                                    "INSERT INTO communication_preference (account_id, category, subscribed, updated_at) "
                                            + "VALUES (?, 'newsletter', TRUE, now())");
                    PreparedStatement consent =
                            connection.prepareStatement(
                                    "INSERT INTO consent_event (account_id, category, action, source, occurred_at) "
                                            + "VALUES (?, 'newsletter', 'GRANT', 'SETTINGS', now())");
                    PreparedStatement signedIn =
                            connection.prepareStatement(
                                    "INSERT INTO account_event (account_id, type, occurred_at) "
                                            + "VALUES (?, 'SIGNED_IN', now())");
                    PreparedStatement country =
                            connection.prepareStatement(
                                    "UPDATE account SET country = 'FR' WHERE id = ?")) {
                for (PreparedStatement statement : List.of(subscribe, consent, signedIn, country)) {
                    statement.setObject(1, user.id());
                    statement.executeUpdate();
                }
            }
            Map<String, String> files = archiveOf(user);
            String page = files.get("index.html");
            for (String machineName : machineNames) {
                assertTrue(!page.contains(machineName), language + ": " + machineName);
            }
            for (String words : wordsByLanguage.get(language)) {
                assertTrue(page.contains(words), language + ": " + words);
            }
            JsonNode data = JSON.readTree(files.get("data.json"));
            assertEquals("ACTIVE", data.get("account").get("status").asText());
            assertEquals("FR", data.get("account").get("country").asText());
            assertEquals(language, data.get("account").get("locale").asText());
            assertEquals(
                    "newsletter",
                    data.get("communication_preferences").get(0).get("category").asText());
            assertTrue(
                    java.util.stream.StreamSupport.stream(data.get("activity").spliterator(), false)
                            .anyMatch(event -> event.get("type").asText().equals("SIGNED_IN")),
                    "data.json keeps the event's machine name");
        }
    }

    /**
     * Each column index.html reads as words has the words of every value it may hold, from the
     * feature that owns them, in both languages; and each column left out has its name in words.
     */
    @Test
    void everyValueReadAsWordsHasItsWordsInBothLanguages() {
        Map<String, ValueWords> byColumn = new HashMap<>();
        valueWords.forEach(
                words ->
                        assertEquals(
                                null,
                                byColumn.put(words.table() + "." + words.column(), words),
                                "one ValueWords per column"));
        for (Table table : Catalogue.exported()) {
            for (Column column : table.export().columns()) {
                String name = table.name() + "." + column.source();
                if (column.reading() != Catalogue.Reading.WORDS) {
                    continue;
                }
                ValueWords words = byColumn.remove(name);
                assertNotNull(words, "no ValueWords for " + name);
                for (String value : words.values()) {
                    String english = words.of(value, Locale.ENGLISH);
                    String french = words.of(value, Locale.FRENCH);
                    assertTrue(
                            !english.isBlank() && !french.isBlank() && !english.equals(value),
                            name + " " + value);
                }
            }
            for (ExportLabels labels :
                    List.of(
                            ExportLabels.of(engine, Locale.ENGLISH),
                            ExportLabels.of(engine, Locale.FRENCH))) {
                table.export()
                        .withheld()
                        .keySet()
                        .forEach(column -> assertTrue(!labels.column(table, column).isBlank()));
            }
        }
        assertEquals(Set.of(), byColumn.keySet(), "ValueWords of columns not read as words");
    }

    /**
     * Fills every table an account can have rows in, then checks that every exported value is in
     * data.json and on the readable page, escaped.
     */
    @Test
    void everyStoredValueOfAFilledAccountIsInTheExport() throws Exception {
        User user = signedInUser();
        fill(user.id());
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        for (String table :
                strings(
                        "SELECT table_name FROM information_schema.columns "
                                + "WHERE table_schema = 'public' AND column_name = 'account_id'")) {
            assertTrue(
                    count("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?", user.id()) > 0,
                    "the test fills " + table);
        }
        // what is stored when the archive is built (building and downloading add events of their
        // own)
        Map<String, Long> stored = new HashMap<>();
        Map<String, Set<String>> storedText = new HashMap<>();
        for (Table table : Catalogue.exported()) {
            for (Column column : table.export().columns()) {
                String from = " FROM " + table.name() + " t WHERE " + table.visibleRows("?");
                String name = table.export().section() + "." + column.name();
                stored.put(name, count("SELECT COUNT(" + column.source() + ")" + from, user.id()));
                if (column.kind() == Catalogue.Kind.TEXT && column.source().equals(column.name())) {
                    storedText.put(
                            name,
                            new HashSet<>(
                                    strings(
                                            "SELECT "
                                                    + column.source()
                                                    + from
                                                    + " AND "
                                                    + column.source()
                                                    + " IS NOT NULL",
                                            user.id())));
                }
            }
        }
        exports.buildRequested();
        UUID exportId =
                exportsOf(user.id()).stream()
                        .filter(e -> e.status == DataExport.Status.READY)
                        .findFirst()
                        .orElseThrow()
                        .id;
        Map<String, String> files =
                unzip(user.browser().get("/account/data/" + exportId + "/archive").asByteArray());
        JsonNode data = JSON.readTree(files.get("data.json"));

        for (Table table : Catalogue.exported()) {
            JsonNode node = data.get(table.export().section());
            List<JsonNode> rows = new java.util.ArrayList<>();
            if (table.export().single()) {
                rows.add(node);
            } else {
                node.forEach(rows::add);
            }
            for (Column column : table.export().columns()) {
                String name = table.export().section() + "." + column.name();
                assertTrue(
                        stored.get(name) > 0,
                        "the test fills " + table.name() + "." + column.source());
                assertEquals(
                        stored.get(name),
                        rows.stream().filter(row -> !row.get(column.name()).isNull()).count(),
                        name);
                if (storedText.containsKey(name)) {
                    Set<String> inJson = new HashSet<>();
                    rows.forEach(row -> inJson.add(row.get(column.name()).asText()));
                    assertTrue(inJson.containsAll(storedText.get(name)), name);
                }
            }
        }
        assertEquals(
                "2026-11", data.get("policy_acceptances").get(0).get("policy_version").asText());
        // the photo is a file of the archive, named in data.json
        assertEquals("photo/photo.jpg", data.get("photo").get("photo").asText());
        assertTrue(files.containsKey("photo/photo.jpg"), "the photo's file");
        String page = files.get("index.html");
        assertTrue(
                page.contains("Fill &lt;b&gt;headline&lt;/b&gt; &amp; co")
                        && !page.contains("<b>headline"),
                "escaped");
        // a passkey's name, dates and model, never its key: and the schema says none is secret
        JsonNode passkey = data.get("passkeys").get(0);
        assertEquals("Fill passkey", passkey.get("name").asText());
        assertEquals("fbfc3007-154e-4ecc-8c0b-6e020557d7bd", passkey.get("aaguid").asText());
        assertFalse(passkey.has("public_key") || passkey.has("credential_id"));
        String schema = files.get("data.schema.json");
        assertTrue(
                schema.contains("the private key never leaves your device, so no secret")
                        && schema.contains("public_key (PUBLIC_KEY)"),
                "the schema says a passkey holds no secret here");
        assertTrue(
                page.contains("Password in its scrambled form (a hash)")
                        && page.contains("security secrets"),
                "says what is left out and why");
    }

    @Test
    void anAccountWithOneHundredThousandEventsExportsThemAll() throws Exception {
        User user = signedInUser();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement(
                                "INSERT INTO account_event "
                                        + "(account_id, type, occurred_at, ip, user_agent, detail) SELECT ?, 'SIGNED_IN', "
                                        + "now() - g * INTERVAL '1' SECOND, '192.0.2.1', 'bench', 'event ' || g "
                                        + "FROM generate_series(1, 100000) g")) {
            insert.setObject(1, user.id());
            insert.executeUpdate();
        }
        try {
            user.browser()
                    .submit("/account/data", "/account/data/request", Map.of())
                    .then()
                    .statusCode(303);
            long started = System.nanoTime();
            exports.buildRequested();
            long builtIn = (System.nanoTime() - started) / 1_000_000;
            DataExport export = onlyExport(user.id());
            byte[] zip =
                    user.browser().get("/account/data/" + export.id + "/archive").asByteArray();
            Map<String, String> files = unzip(zip);
            JsonNode activity = JSON.readTree(files.get("data.json")).get("activity");
            assertTrue(activity.size() > 100_000, "every event: " + activity.size());
            Set<String> details = new HashSet<>();
            activity.forEach(event -> details.add(event.get("detail").asText()));
            assertTrue(details.contains("event 1") && details.contains("event 100000"));
            System.out.printf(
                    "Export of 100,000 events: built in %d ms, zip %d KB, data.json %d KB%n",
                    builtIn, zip.length / 1024, files.get("data.json").length() / 1024);
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete =
                            connection.prepareStatement(
                                    "DELETE FROM account_event WHERE account_id = ?")) {
                delete.setObject(1, user.id());
                delete.executeUpdate();
            }
        }
    }

    /** One row, with every column set, in each table an account can have rows in. */
    private void fill(UUID id) throws SQLException {
        String[] statements = {
            "UPDATE account SET company = 'Fill Company', phone = '+33612345678', locale = 'en', "
                    + "email_verified_at = now(), closed_at = now(), erase_after = now(), erased_at = now(), "
                    + "opt_out_signal_at = now() WHERE id = ?",
            "INSERT INTO profile (account_id, handle, handle_normalized, headline, city, about, indexable) "
                    + "VALUES (?, 'FillHandle', 'fillhandle-' || substr(md5(random()::text), 1, 8), "
                    + "'Fill <b>headline</b> & co', 'Fill City', 'Fill about', TRUE)",
            "INSERT INTO address (account_id, kind, line1, line2, postal_code, city, region, country) "
                    + "VALUES (?, 'POSTAL', 'Fill line 1', 'Fill line 2', '75001', 'Fill Paris', 'Fill Region', 'FR')",
            "INSERT INTO experience (account_id, position, title, organisation, started_on, ended_on) "
                    + "VALUES (?, 0, 'Fill Title', 'Fill Organisation', DATE '2020-01-01', DATE '2021-01-01')",
            "INSERT INTO field_visibility (account_id, field, level) VALUES (?, 'CITY', 'MEMBERS')",
            "INSERT INTO profile_photo (account_id, large, small, updated_at) "
                    + "VALUES (?, '\\xffd8ffd9', '\\xffd8', now())",
            "INSERT INTO communication_preference (account_id, category, subscribed, updated_at) VALUES (?, 'NEWSLETTER', TRUE, now())",
            "INSERT INTO consent_event (account_id, category, action, source, occurred_at, ip, policy_version) "
                    + "VALUES (?, 'NEWSLETTER', 'GRANT', 'SETTINGS', now(), '198.51.100.7', '2026-11')",
            "UPDATE user_session SET ip = '198.51.100.8', user_agent = 'Fill Browser' WHERE account_id = ?",
            "INSERT INTO totp_credential (account_id, secret_encrypted, confirmed_at, created_at) VALUES (?, '\\x00', now(), now())",
            "INSERT INTO recovery_code (account_id, code_hash, used_at) VALUES (?, 'fill-hash', now())",
            "INSERT INTO one_time_token (account_id, purpose, token_hash, payload, created_at, expires_at, used_at) "
                    + "VALUES (?, 'CHANGE_EMAIL', md5(random()::text), 'fill-new@example.com', now(), now(), now())",
            "INSERT INTO account_event (account_id, type, occurred_at, ip, user_agent, detail) "
                    + "VALUES (?, 'PROFILE_CHANGED', now(), '198.51.100.9', 'Fill Agent', 'Fill detail')",
            "INSERT INTO product (account_id, name, kind, status, started_on, ended_on) "
                    + "VALUES (?, 'Fill Product', 'Fill Kind', 'TERMINATED', DATE '2024-01-01', DATE '2025-01-01')",
            "INSERT INTO invoice (account_id, number, issued_on, amount, currency, billing_name, billing_address, retain_until) "
                    + "VALUES (?, 'FILL-' || md5(random()::text), DATE '2025-01-01', 12.50, 'EUR', 'Fill Name', 'Fill Address', DATE '2035-01-01')",
            "UPDATE policy_acceptance SET ip = '198.51.100.10' WHERE account_id = ?",
            "INSERT INTO disclosure (account_id, recipient, purpose, legal_basis, data_categories, disclosed_on, recorded_at, notified_at) "
                    + "VALUES (?, 'Fill Court', 'Fill purpose', 'LEGAL_OBLIGATION', 'Fill categories', DATE '2026-01-01', now(), now())",
            "INSERT INTO outbox_mail (account_id, kind, recipient, subject, body_text, body_html, status, next_attempt_at, created_at, sent_at, message_id) "
                    + "VALUES (?, 'fill', 'fill@example.com', 'Fill subject', 'x', 'x', 'SENT', now(), now(), now(), '<' || gen_random_uuid() || '@fill.example>')",
            "INSERT INTO data_export (account_id, status, locale, requested_at, ready_at, expires_at, size_bytes) "
                    + "VALUES (?, 'EXPIRED', 'en', now() - INTERVAL '30' DAY, now() - INTERVAL '30' DAY, now() - INTERVAL '23' DAY, 1234)",
            "INSERT INTO oidc_identity (account_id, issuer, subject, email, linked_at, last_used_at) VALUES "
                    + "(?, 'https://fill.example', 'fill-' || md5(random()::text), 'fill-oidc@example.com', now(), now())",
            "INSERT INTO passkey (account_id, credential_id, public_key, sign_count, uv_initialized, backup_eligible, "
                    + "backup_state, transports, aaguid, name, created_at, last_used_at) VALUES (?, 'fill-' || md5(random()::text), "
                    + "'\\xa5', 3, TRUE, TRUE, TRUE, 'hybrid,internal', 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'Fill passkey', now(), now())",
            "INSERT INTO underage_report (account_id, reported, details, reported_at) VALUES (?, 'Fill reported', 'Fill details', now())",
            "INSERT INTO webhook_event (id, account_id, event_type, body, created_at) VALUES (gen_random_uuid(), ?, 'account.closed', '{}', now())",
            "INSERT INTO webhook_erasure_notice (account_id, recipient, event_id) VALUES (?, 'Fill recipient', gen_random_uuid())",
        };
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setObject(1, id);
                    statement.executeUpdate();
                }
            }
        }
    }

    /** Asks for a copy of the user's data, builds it and downloads its newest archive. */
    private Map<String, String> archiveOf(User user) throws IOException {
        user.browser()
                .submit("/account/data", "/account/data/request", Map.of())
                .then()
                .statusCode(303);
        exports.buildRequested();
        UUID newest = exportsOf(user.id()).get(0).id;
        return unzip(user.browser().get("/account/data/" + newest + "/archive").asByteArray());
    }

    private static DataExport onlyExport(UUID accountId) {
        List<DataExport> all = exportsOf(accountId);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static List<DataExport> exportsOf(UUID accountId) {
        return Db.inTransaction(() -> DataExport.ofAccount(accountId));
    }

    private List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new java.util.ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }

    private long count(String sql, UUID accountId) {
        try {
            return Long.parseLong(strings(sql, accountId).get(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertNotNull(files.get("data.json"));
        return files;
    }
}
