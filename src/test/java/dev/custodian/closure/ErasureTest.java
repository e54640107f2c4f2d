package dev.custodian.closure;

import static dev.custodian.testing.Accounts.PASSWORD;
import static dev.custodian.testing.Accounts.signIn;
import static dev.custodian.testing.Accounts.signupForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.account.AccountStatus;
import dev.custodian.account.UnverifiedAccountCleanup;
import dev.custodian.activity.AccountEvent;
import dev.custodian.catalogue.Catalogue;
import dev.custodian.mail.MailDispatcher;
import dev.custodian.manifest.Manifest;
import dev.custodian.oidc.OidcIdentity;
import dev.custodian.privacy.Disclosure;
import dev.custodian.privacy.LegalBasis;
import dev.custodian.product.Invoice;
import dev.custodian.product.ProductService;
import dev.custodian.profile.Address;
import dev.custodian.profile.Experience;
import dev.custodian.profile.Profile;
import dev.custodian.profile.ProfilePhoto;
import dev.custodian.testing.Accounts;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import dev.custodian.testing.MailServer;
import dev.custodian.testing.TestClock;
import dev.custodian.webhook.WebhookType;
import dev.custodian.webhook.Webhooks;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest {

    private static final Random RANDOM = new Random();

    @Inject ErasureJob erasure;

    @Inject RetentionJob retention;

    @Inject UnverifiedAccountCleanup unverifiedCleanup;

    @Inject ClosureService closure;

    @Inject ProductService products;

    @Inject MailDispatcher dispatcher;

    @Inject TestClock clock;

    @Inject Manifest manifest;

    /** A person whose every detail is unique, so that a scan of the database finds only theirs. */
    record Person(
            String email, String firstName, String lastName, String phone, String street, UUID id) {
        List<String> values() {
            return List.of(email, firstName, lastName, phone, street);
        }
    }

    @Inject Webhooks webhooks;

    /** A recipient's endpoint, so that the erasure leaves its proof; nothing delivers to it. */
    private UUID endpoint;

    @BeforeEach
    void start() {
        MailServer.start();
        endpoint =
                webhooks.create(
                                "http://127.0.0.1:9/events",
                                EnumSet.allOf(WebhookType.class),
                                "Stripe")
                        .endpoint()
                        .id;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        webhooks.delete(endpoint);
    }

    @Test
    void erasureLeavesTheUsersDetailsNowhereButInTheirInvoices() {
        Person person = personWithEverything();
        String number = "E-" + UUID.randomUUID().toString().substring(0, 12);
        products.addInvoice(
                person.id(), number, LocalDate.of(2026, 5, 1), new BigDecimal("30.00"), "EUR");
        Map<String, List<String>> before = scan(person);
        for (String table :
                List.of(
                        "account",
                        "address",
                        "profile",
                        "experience",
                        "invoice",
                        "outbox_mail",
                        "oidc_identity",
                        "passkey",
                        "disclosure")) {
            assertTrue(before.containsKey(table), "the scan sees " + table + ": " + before);
        }
        assertEquals(
                1L,
                count("SELECT count(*) FROM profile_photo WHERE account_id = ?1", person.id()),
                "a photo to erase");

        closure.close(person.id(), true, "203.0.113.9", "Test");
        dispatcher.dispatchDue();
        erasure.eraseDue();

        Map<String, List<String>> after = scan(person);
        assertEquals(List.of("invoice"), List.copyOf(after.keySet()), "left behind: " + after);
        Account tombstone = Db.inTransaction(() -> Account.<Account>findById(person.id()));
        assertEquals(AccountStatus.ERASED, tombstone.status);
        assertNotNull(tombstone.erasedAt);
        assertNotNull(tombstone.closedAt);
        assertEquals(64, tombstone.fraudMarker.length());
        Invoice kept =
                Db.inTransaction(() -> Invoice.<Invoice>find("number", number).firstResult());
        assertTrue(
                kept.billingName.contains(person.lastName())
                        && kept.billingAddress.contains(person.street()));
        // what the catalogue deletes is gone; what it clears is empty; what it keeps is kept
        for (Catalogue.Table table : Catalogue.tables()) {
            String rows = " FROM " + table.name() + " WHERE " + table.key() + " = ?1";
            switch (table.erasure()) {
                case DELETE ->
                        assertEquals(
                                0L, count("SELECT count(*)" + rows, person.id()), table.name());
                case CLEAR -> {
                    for (String column : table.cleared()) {
                        assertEquals(
                                0L,
                                count(
                                        "SELECT count(*)"
                                                + rows
                                                + " AND COALESCE(CAST("
                                                + column
                                                + " AS VARCHAR), '') <> ''",
                                        person.id()),
                                table.name() + "." + column);
                    }
                }
                case KEEP ->
                        assertTrue(count("SELECT count(*)" + rows, person.id()) > 0, table.name());
            }
        }
        assertTrue(
                count("SELECT count(*) FROM consent_event WHERE account_id = ?1", person.id()) > 0,
                "the proof of consent is kept");
    }

    @Test
    void theSameEmailCanSignUpAgainAsANewAccountAfterErasure() {
        Person person = personWithEverything();
        closure.close(person.id(), true, null, null);
        dispatcher.dispatchDue();
        erasure.eraseDue();

        Accounts.signUp(new Browser(), signupForm(person.email())).then().statusCode(303);

        Account fresh = Db.account(person.email()).orElseThrow();
        assertNotEquals(person.id(), fresh.id);
        assertEquals(AccountStatus.ACTIVE, fresh.status);
        signIn(new Browser(), person.email(), PASSWORD).then().statusCode(303);
    }

    @Test
    void aClosedAccountIsErasedAfterTheManifestsGracePeriodNotBefore() {
        clock.freeze();
        Person person = personWithEverything();
        closure.close(person.id(), false, null, null);
        dispatcher.dispatchDue();
        Instant closedAt = clock.instant();
        Instant due =
                closedAt.atZone(java.time.ZoneOffset.UTC)
                        .plus(manifest.closure().gracePeriod())
                        .toInstant();
        assertEquals(
                due, Db.inTransaction(() -> Account.<Account>findById(person.id()).eraseAfter));

        erasure.eraseDue();
        clock.advance(Duration.between(closedAt, due).minusMinutes(1));
        erasure.eraseDue();
        assertEquals(AccountStatus.CLOSED, status(person.id()), "six months are not over");

        clock.advance(Duration.ofMinutes(2));
        erasure.eraseDue();
        assertEquals(AccountStatus.ERASED, status(person.id()));
    }

    @Test
    void erasureWaitsForTheClosureMailToLeaveUnlessTheMailServerKeepsItTooLong() {
        Person waits = personWithEverything();
        closure.close(waits.id(), true, null, null);

        erasure.eraseDue();
        assertEquals(
                AccountStatus.CLOSED, status(waits.id()), "the confirmation has not been sent yet");
        dispatcher.dispatchDue();
        erasure.eraseDue();
        assertEquals(AccountStatus.ERASED, status(waits.id()));
        MailServer.single(waits.email(), "Your account is closed");

        Person stuck = personWithEverything();
        closure.close(stuck.id(), true, null, null);
        clock.advance(Duration.ofHours(7));
        erasure.eraseDue();
        assertEquals(
                AccountStatus.ERASED, status(stuck.id()), "erased within the day, mail or not");
    }

    @Test
    void twoRunnersAtOnceEraseEachAccountOnce() throws Exception {
        List<UUID> due = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID id = Db.account(Accounts.signUp(new Browser())).orElseThrow().id;
            closure.close(id, true, null, null);
            due.add(id);
        }
        dispatcher.dispatchDue();
        clock.freeze();
        Instant start = clock.instant();

        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> runAfter(go));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> runAfter(go));
        go.countDown();
        int erasedByBoth = first.get() + second.get();

        for (UUID id : due) {
            assertEquals(AccountStatus.ERASED, status(id));
        }
        long erased =
                Db.inTransaction(
                        () ->
                                Account.count(
                                        "status = ?1 and erasedAt = ?2",
                                        AccountStatus.ERASED,
                                        start));
        assertEquals(erased, erasedByBoth, "no account was erased twice");
    }

    @Test
    void activityOlderThanTheManifestsDaysIsDeletedAndNewerIsKept() {
        Person person = personWithEverything();
        assertTrue(events(person.id()) > 0);
        Duration kept = Duration.ofDays(manifest.category("activity").retention().days());

        clock.advance(kept.plusDays(1));
        signIn(new Browser(), person.email(), PASSWORD).then().statusCode(303);
        retention.deleteOldActivity();

        Instant yearAgo = clock.instant().minus(kept);
        assertEquals(
                0L,
                Db.inTransaction(
                        () ->
                                AccountEvent.count(
                                        "accountId = ?1 and occurredAt < ?2",
                                        person.id(),
                                        yearAgo)),
                "nothing older than a year is left");
        assertTrue(events(person.id()) > 0, "today's sign-in is kept");
    }

    @Test
    void anUnverifiedSignUpWithAnInvoiceIsErasedLikeAClosedAccountAndItsInvoiceKept() {
        UUID id = Db.account(Accounts.signUp(new Browser())).orElseThrow().id;
        String number = "U-" + UUID.randomUUID().toString().substring(0, 12);
        products.addInvoice(id, number, LocalDate.of(2026, 6, 1), new BigDecimal("5.00"), "EUR");

        clock.advance(Duration.ofDays(8));
        unverifiedCleanup.deleteExpired();
        assertEquals(AccountStatus.CLOSED, status(id));
        dispatcher.dispatchDue();
        erasure.eraseDue();

        assertEquals(AccountStatus.ERASED, status(id));
        assertNotNull(Db.inTransaction(() -> Invoice.find("number", number).firstResult()));
    }

    @Test
    void invoicesAreDeletedAfterTheirLegalPeriod() {
        Person person = personWithEverything();
        String old = "OLD-" + UUID.randomUUID().toString().substring(0, 12);
        String recent = "NEW-" + UUID.randomUUID().toString().substring(0, 12);
        products.addInvoice(
                person.id(), old, LocalDate.of(2015, 1, 1), new BigDecimal("9.99"), "EUR");
        products.addInvoice(
                person.id(), recent, LocalDate.of(2026, 1, 1), new BigDecimal("9.99"), "EUR");

        Invoice issued =
                Db.inTransaction(() -> Invoice.<Invoice>find("number", recent).firstResult());
        assertEquals(
                LocalDate.of(2026, 1, 1)
                        .plusYears(manifest.category("invoices").retention().years()),
                issued.retainUntil,
                "kept the manifest's years from issue");

        retention.deleteExpiredInvoices();

        assertNull(Db.inTransaction(() -> Invoice.find("number", old).firstResult()));
        assertNotNull(Db.inTransaction(() -> Invoice.find("number", recent).firstResult()));
    }

    @Test
    void consentEventsOutliveTheErasureWithoutTheirIpUntilTheLegalHoldIsOver() {
        Person person = personWithEverything();
        Person later = personWithEverything();
        closure.close(person.id(), true, null, null);
        dispatcher.dispatchDue();
        erasure.eraseDue();
        long proof = count("SELECT count(*) FROM consent_event WHERE account_id = ?1", person.id());
        assertTrue(proof > 0, "the consent given is kept");
        assertEquals(
                0L,
                count(
                        "SELECT count(*) FROM consent_event WHERE account_id = ?1 AND ip IS NOT NULL",
                        person.id()));

        int years = manifest.category("consent").retention().years();
        clock.advance(Duration.ofDays(365L * years - 2));
        closure.close(later.id(), true, null, null);
        dispatcher.dispatchDue();
        erasure.eraseDue();
        retention.deleteHeldConsent();
        assertEquals(
                proof,
                count("SELECT count(*) FROM consent_event WHERE account_id = ?1", person.id()),
                "the hold is not over");

        clock.advance(Duration.ofDays(10));
        retention.deleteHeldConsent();
        assertEquals(
                0L, count("SELECT count(*) FROM consent_event WHERE account_id = ?1", person.id()));
        assertTrue(
                count("SELECT count(*) FROM consent_event WHERE account_id = ?1", later.id()) > 0,
                "an account erased since keeps its proof");
        assertEquals(AccountStatus.ERASED, status(person.id()), "the tombstone stays");
    }

    private int runAfter(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return erasure.eraseDue();
    }

    /** Signs up and fills every kind of personal data the account can have. */
    private static Person personWithEverything() {
        String first = "Zephyrine" + letters();
        String last = "Quillon" + letters();
        String phone = "+336" + (10_000_000 + RANDOM.nextInt(89_999_999));
        String street = RANDOM.nextInt(999) + " rue " + letters();
        String email = Accounts.uniqueEmail();
        Map<String, String> form = signupForm(email);
        form.put("firstName", first);
        form.put("lastName", last);
        Browser browser = new Browser();
        Accounts.signUp(browser, form).then().statusCode(303);
        signIn(browser, email, PASSWORD).then().statusCode(303);
        UUID id = Db.account(email).orElseThrow().id;
        Db.inTransaction(
                () -> {
                    Account.update(
                            "phone = ?1, company = ?2 where id = ?3", phone, last + " SARL", id);
                    Address address = new Address();
                    address.accountId = id;
                    address.kind = Address.Kind.POSTAL;
                    address.line1 = street;
                    address.postalCode = "75011";
                    address.city = "Paris";
                    address.country = "FR";
                    address.persist();
                    Profile profile = new Profile();
                    profile.accountId = id;
                    profile.handle = first.toLowerCase();
                    profile.handleNormalized = first.toLowerCase();
                    profile.headline = first + " " + last + ", engineer";
                    profile.about = "Write to " + email;
                    profile.persist();
                    Experience experience = new Experience();
                    experience.accountId = id;
                    experience.title = "Engineer";
                    experience.organisation = last + " & Co";
                    experience.startedOn = LocalDate.of(2020, 1, 1);
                    experience.persist();
                    ProfilePhoto photo = new ProfilePhoto();
                    photo.accountId = id;
                    photo.large = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
                    photo.small = photo.large;
                    photo.updatedAt = Instant.now();
                    photo.persist();
                    OidcIdentity identity = new OidcIdentity();
                    identity.accountId = id;
                    identity.issuer = "https://sso.example.com";
                    identity.subject = "sub-" + id;
                    identity.email = email;
                    identity.linkedAt = Instant.now();
                    identity.persist();
                    Panache.getEntityManager()
                            .createNativeQuery(
                                    "INSERT INTO passkey (account_id, credential_id, public_key, sign_count, "
                                            + "uv_initialized, backup_eligible, backup_state, name, created_at) "
                                            + "VALUES (?1, ?2, '\\xa5', 0, TRUE, FALSE, FALSE, ?3, ?4)")
                            .setParameter(1, id)
                            .setParameter(2, "credential-" + id)
                            .setParameter(3, first + "'s phone")
                            .setParameter(4, Instant.now())
                            .executeUpdate();
                    Disclosure disclosure = new Disclosure();
                    disclosure.accountId = id;
                    disclosure.recipient = "Court";
                    disclosure.purpose = "Inquiry about " + first + " " + last;
                    disclosure.legalBasis = LegalBasis.LEGAL_OBLIGATION;
                    disclosure.dataCategories = "email";
                    disclosure.disclosedOn = LocalDate.of(2026, 1, 2);
                    disclosure.recordedAt = Instant.now();
                    disclosure.persist();
                    Panache.getEntityManager()
                            .createNativeQuery(
                                    "INSERT INTO consent_event (account_id, category, action, source, "
                                            + "occurred_at, ip) VALUES (?1, 'NEWSLETTER', 'GRANT', 'SETTINGS', ?2, "
                                            + "'203.0.113.77')")
                            .setParameter(1, id)
                            .setParameter(2, Instant.now())
                            .executeUpdate();
                    return null;
                });
        return new Person(email, first, last, phone, street, id);
    }

    /** Every table and text column holding one of the person's values, by table. */
    private static Map<String, List<String>> scan(Person person) {
        return Db.inTransaction(
                () -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> columns =
                            Panache.getEntityManager()
                                    .createNativeQuery(
                                            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
                                                    + "AND data_type IN ('character varying', 'text', 'character')")
                                    .getResultList();
                    Map<String, List<String>> found = new TreeMap<>();
                    for (Object[] column : columns) {
                        for (String value : person.values()) {
                            Number hits =
                                    (Number)
                                            Panache.getEntityManager()
                                                    .createNativeQuery(
                                                            "SELECT count(*) FROM "
                                                                    + column[0]
                                                                    + " WHERE "
                                                                    + column[1]
                                                                    + " LIKE ?1")
                                                    .setParameter(1, "%" + value + "%")
                                                    .getSingleResult();
                            if (hits.longValue() > 0) {
                                found.computeIfAbsent((String) column[0], t -> new ArrayList<>())
                                        .add(column[1] + "=" + value);
                            }
                        }
                    }
                    return found;
                });
    }

    private static long count(String sql, UUID id) {
        return Db.inTransaction(
                () ->
                        ((Number)
                                        Panache.getEntityManager()
                                                .createNativeQuery(sql)
                                                .setParameter(1, id)
                                                .getSingleResult())
                                .longValue());
    }

    private static long events(UUID id) {
        return Db.inTransaction(() -> AccountEvent.count("accountId", id));
    }

    private static AccountStatus status(UUID id) {
        return Db.inTransaction(() -> Account.<Account>findById(id).status);
    }

    private static String letters() {
        return RANDOM.ints(8, 'a', 'z' + 1)
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());
    }
}
