package dev.custodian.visibility;

import static dev.custodian.testing.Accounts.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custodian.account.Account;
import dev.custodian.activity.AccountEvent;
import dev.custodian.activity.EventType;
import dev.custodian.closure.ClosureService;
import dev.custodian.profile.Experience;
import dev.custodian.profile.Profile;
import dev.custodian.profile.ProfilePhoto;
import dev.custodian.testing.Accounts.User;
import dev.custodian.testing.Browser;
import dev.custodian.testing.Db;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VisibilityTest {

    @Inject ClosureService closure;

    @Inject Visibility visibility;

    /** The stored photo of every member here: a JPEG of a few bytes, served as it is. */
    private static final byte[] PHOTO_BYTES = {
        (byte) 0xFF, (byte) 0xD8, 'm', (byte) 0xFF, (byte) 0xD9
    };

    /** A member with a profile page and a distinct, searchable value in every field. */
    record Member(User user, String handle, Map<ProfileField, String> values) {}

    @Test
    void defaultsShowNameAndHeadlineToMembersAndNothingToAnyone() {
        Member member = member();
        String page =
                member.user()
                        .browser()
                        .get("/account/visibility")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(
                page.contains(
                        "name=\"name\" value=\"MEMBERS\" aria-labelledby=\"name-label members-label\" checked"));
        assertTrue(
                page.contains(
                        "name=\"headline\" value=\"MEMBERS\" aria-labelledby=\"headline-label members-label\" checked"));
        assertTrue(
                page.contains(
                        "name=\"email\" value=\"PRIVATE\" aria-labelledby=\"email-label private-label\" checked"));
        assertTrue(
                !page.contains(
                        "id=\"indexable\" name=\"indexable\" aria-describedby=\"indexable-hint\" checked"));

        assertTrue(
                page.contains(
                        "name=\"photo\" value=\"MEMBERS\" aria-labelledby=\"photo-label members-label\" checked"));

        new Browser().get("/p/" + member.handle()).then().statusCode(404);
        new Browser().get("/p/" + member.handle() + "/photo").then().statusCode(404);
        Browser otherMember = signedInUser().browser();
        otherMember
                .get("/p/" + member.handle() + "/photo?size=small")
                .then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        otherMember
                .get("/p/" + member.handle())
                .then()
                .statusCode(200)
                .body(containsString(member.values().get(ProfileField.PHOTO)))
                .body(containsString(member.values().get(ProfileField.NAME)))
                .body(containsString(member.values().get(ProfileField.HEADLINE)))
                .body(not(containsString(member.values().get(ProfileField.COMPANY))));
    }

    /**
     * Three settings in which every field takes every level in turn; in each, every viewer sees
     * exactly the fields of the levels open to them: the whole matrix of fields, levels and
     * viewers.
     */
    @Test
    void eachViewerSeesExactlyTheFieldsOpenToThem() {
        Member member = member();
        Browser anyone = new Browser();
        Browser otherMember = signedInUser().browser();
        Level[] levels = Level.values();
        for (int shift = 0; shift < levels.length; shift++) {
            Map<ProfileField, Level> chosen = new EnumMap<>(ProfileField.class);
            for (ProfileField field : ProfileField.values()) {
                chosen.put(field, levels[(field.ordinal() + shift) % levels.length]);
            }
            save(member, chosen, true);
            Map<Viewer, String> pages =
                    Map.of(
                            Viewer.ANONYMOUS,
                                    anyone.get("/p/" + member.handle())
                                            .then()
                                            .statusCode(200)
                                            .extract()
                                            .asString(),
                            Viewer.MEMBER,
                                    otherMember
                                            .get("/p/" + member.handle())
                                            .then()
                                            .statusCode(200)
                                            .extract()
                                            .asString(),
                            Viewer.OWNER,
                                    member.user()
                                            .browser()
                                            .get("/p/" + member.handle())
                                            .then()
                                            .statusCode(200)
                                            .extract()
                                            .asString());
            Map<Viewer, Browser> browsers =
                    Map.of(
                            Viewer.ANONYMOUS,
                            anyone,
                            Viewer.MEMBER,
                            otherMember,
                            Viewer.OWNER,
                            member.user().browser());
            for (Viewer viewer : Viewer.values()) {
                browsers.get(viewer)
                        .get("/p/" + member.handle() + "/photo")
                        .then()
                        .statusCode(chosen.get(ProfileField.PHOTO).visibleTo(viewer) ? 200 : 404);
            }
            for (ProfileField field : ProfileField.values()) {
                for (Viewer viewer : Viewer.values()) {
                    boolean shown = pages.get(viewer).contains(member.values().get(field));
                    assertEquals(
                            chosen.get(field).visibleTo(viewer),
                            shown,
                            field + " at " + chosen.get(field) + " seen by " + viewer);
                }
            }
        }
    }

    @Test
    void theOwnerPreviewsThePageAsAnyoneAndAsAMember() {
        Member member = member();
        Map<ProfileField, Level> chosen =
                privateExcept(
                        Map.of(
                                ProfileField.CITY,
                                Level.PUBLIC,
                                ProfileField.COMPANY,
                                Level.MEMBERS,
                                ProfileField.PHOTO,
                                Level.MEMBERS));
        save(member, chosen, false);
        String photo = "/p/" + member.handle() + "/photo";

        member.user()
                .browser()
                .get("/p/" + member.handle() + "?as=anyone")
                .then()
                .statusCode(200)
                .body(containsString(member.values().get(ProfileField.CITY)))
                .body(not(containsString(member.values().get(ProfileField.COMPANY))))
                .body(not(containsString(photo)))
                .body(containsString("avatar--initials"))
                .body(containsString("as anyone sees it"));
        member.user().browser().get(photo + "?as=anyone").then().statusCode(404);
        member.user()
                .browser()
                .get("/p/" + member.handle() + "?as=member")
                .then()
                .body(containsString("src=\"" + photo + "?as=member\""))
                .body(containsString(member.values().get(ProfileField.COMPANY)))
                .body(not(containsString(member.values().get(ProfileField.ABOUT))));
        member.user().browser().get(photo + "?as=member").then().statusCode(200);
        member.user()
                .browser()
                .get("/p/" + member.handle())
                .then()
                .statusCode(200)
                .contentType(containsString("text/html;charset=UTF-8"))
                .body(containsString("Analytical Engines<br><span class=\"muted\">2020-01 – "));
        signedInUser()
                .browser()
                .get("/p/" + member.handle() + "?as=owner")
                .then()
                .body(not(containsString(member.values().get(ProfileField.ABOUT))))
                .body(not(containsString("View as anyone")));
    }

    @Test
    void makingTheEmailOrPhonePublicAsksFirst() {
        Member member = member();
        Map<String, String> form =
                form(
                        privateExcept(
                                Map.of(
                                        ProfileField.EMAIL,
                                        Level.PUBLIC,
                                        ProfileField.PHONE,
                                        Level.PUBLIC)),
                        false);

        String page =
                member.user()
                        .browser()
                        .submit("/account/visibility", "/account/visibility", form)
                        .then()
                        .statusCode(200)
                        .body(containsString("Make this public?"))
                        .body(
                                containsString(
                                        "You chose to make public: Email address, Mobile phone"))
                        .extract()
                        .asString();
        assertTrue(
                page.contains(
                        "name=\"email\" value=\"PUBLIC\" aria-labelledby=\"email-label public-label\" checked"),
                "the choice is kept");
        assertEquals(Level.PRIVATE, levels(member).get(ProfileField.EMAIL), "nothing saved yet");

        form.put("confirmPublic", "on");
        member.user()
                .browser()
                .submit("/account/visibility", "/account/visibility", form)
                .then()
                .statusCode(303);
        assertEquals(Level.PUBLIC, levels(member).get(ProfileField.EMAIL));
        new Browser()
                .get("/p/" + member.handle())
                .then()
                .statusCode(200)
                .body(containsString(member.values().get(ProfileField.EMAIL)));
        assertTrue(
                Db.inTransaction(
                                () ->
                                        AccountEvent.count(
                                                "accountId = ?1 and type = ?2",
                                                member.user().id(),
                                                EventType.VISIBILITY_CHANGED))
                        > 0);
        member.user()
                .browser()
                .get("/account/activity")
                .then()
                .body(containsString("Profile visibility changed"));
    }

    @Test
    void badOrTokenlessFormsChangeNothing() {
        Member member = member();
        Map<String, String> form =
                form(privateExcept(Map.of(ProfileField.CITY, Level.PUBLIC)), false);
        form.put("city", "EVERYONE");
        member.user()
                .browser()
                .submit("/account/visibility", "/account/visibility", form)
                .then()
                .statusCode(400);
        member.user()
                .browser()
                .post(
                        "/account/visibility",
                        form(privateExcept(Map.of(ProfileField.CITY, Level.PUBLIC)), false))
                .then()
                .statusCode(400);
        assertEquals(Level.PRIVATE, levels(member).get(ProfileField.CITY));
    }

    @Test
    void searchEnginesAreToldToStayAwayUnlessTheUserAllowsThem() {
        Member member = member();
        save(member, privateExcept(Map.of(ProfileField.NAME, Level.PUBLIC)), false);
        new Browser()
                .get("/p/" + member.handle())
                .then()
                .statusCode(200)
                .header("X-Robots-Tag", "noindex")
                .body(containsString("<meta name=\"robots\" content=\"noindex\">"));

        save(member, privateExcept(Map.of(ProfileField.NAME, Level.PUBLIC)), true);
        new Browser()
                .get("/p/" + member.handle())
                .then()
                .statusCode(200)
                .header("X-Robots-Tag", nullValue())
                .body(not(containsString("name=\"robots\"")));
        signedInUser()
                .browser()
                .get("/p/" + member.handle())
                .then()
                .header("X-Robots-Tag", "noindex");
    }

    @Test
    void searchFindsOnlyWhatMembersMaySee() {
        Member member = member();
        Browser searcher = signedInUser().browser();
        String company = member.values().get(ProfileField.COMPANY);

        searcher.get("/people?q=" + company)
                .then()
                .statusCode(200)
                .body(containsString("Nobody matches"))
                .body(not(containsString(member.handle())));
        save(member, privateExcept(Map.of(ProfileField.COMPANY, Level.MEMBERS)), false);
        searcher.get("/people?q=" + company.toUpperCase())
                .then()
                .statusCode(200)
                .body(containsString("href=\"/p/" + member.handle() + "\""))
                .body(not(containsString("/p/" + member.handle() + "/photo")))
                .body(containsString("One member matches."))
                .body(not(containsString(member.values().get(ProfileField.NAME))))
                .body(not(containsString(member.values().get(ProfileField.CITY))));
        save(
                member,
                privateExcept(
                        Map.of(
                                ProfileField.COMPANY,
                                Level.MEMBERS,
                                ProfileField.CITY,
                                Level.MEMBERS,
                                ProfileField.PHOTO,
                                Level.MEMBERS)),
                false);
        searcher.get("/people?q=" + company)
                .then()
                .statusCode(200)
                .body(containsString("src=\"/p/" + member.handle() + "/photo?size=small\""))
                .body(containsString(member.values().get(ProfileField.CITY)));
        // past the last page the count is read by its own query
        searcher.get("/people?q=" + company + "&page=2")
                .then()
                .statusCode(200)
                .body(containsString("Nobody matches"));
        searcher.get("/people?q=%25%25")
                .then()
                .statusCode(200)
                .body(not(containsString(member.handle())));
        searcher.get("/people?q=a").then().body(containsString("Type at least 2 characters."));
        new Browser().get("/people?q=" + company).then().statusCode(303);
    }

    /** Results come a page of 20 at a time, with the count of them all and links between pages. */
    @Test
    void searchResultsComeInPagesWithTheirCount() {
        String word = "Pager" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Db.inTransaction(
                () -> {
                    for (int i = 0; i < PeopleResource.PAGE_SIZE + 5; i++) {
                        String handle = String.format("%s%02d", word, i).toLowerCase();
                        UUID id = UUID.randomUUID();
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "INSERT INTO account (id, email, email_normalized, status, first_name, "
                                                + "last_name, country, adult_attested_at, created_at) "
                                                + "VALUES (?1, ?2, ?2, 'ACTIVE', 'Page', ?3, 'FR', now(), now())")
                                .setParameter(1, id)
                                .setParameter(2, handle + "@example.com")
                                .setParameter(3, "Member" + i)
                                .executeUpdate();
                        Panache.getEntityManager()
                                .createNativeQuery(
                                        "INSERT INTO profile (account_id, handle, handle_normalized, headline) "
                                                + "VALUES (?1, ?2, ?2, ?3)")
                                .setParameter(1, id)
                                .setParameter(2, handle)
                                .setParameter(3, "Works at " + word)
                                .executeUpdate();
                    }
                    return null;
                });
        Browser searcher = signedInUser().browser();
        String first =
                searcher.get("/people?q=" + word)
                        .then()
                        .statusCode(200)
                        .body(containsString("25 members match."))
                        .body(containsString("href=\"/people?q=" + word + "&amp;page=2\">Next"))
                        .body(not(containsString(">Previous")))
                        .extract()
                        .asString();
        assertEquals(PeopleResource.PAGE_SIZE, first.split("class=\"person\"").length - 1);
        assertTrue(first.contains("avatar--initials\" aria-hidden=\"true\">PM<"), "initials");
        String second =
                searcher.get("/people?q=" + word + "&page=2")
                        .then()
                        .statusCode(200)
                        .body(containsString("25 members match."))
                        .body(containsString("href=\"/people?q=" + word + "&amp;page=1\">Previous"))
                        .body(not(containsString(">Next")))
                        .extract()
                        .asString();
        assertEquals(5, second.split("class=\"person\"").length - 1);
        assertTrue(second.contains((word + "24").toLowerCase()), "the last one, in handle order");
    }

    @Test
    void aClosedAccountsPageAndSearchResultsAreGoneAtOnce() {
        Member member = member();
        save(
                member,
                privateExcept(
                        Map.of(
                                ProfileField.NAME,
                                Level.PUBLIC,
                                ProfileField.COMPANY,
                                Level.MEMBERS)),
                false);
        Browser searcher = signedInUser().browser();
        new Browser().get("/p/" + member.handle()).then().statusCode(200);

        closure.close(member.user().id(), false, null, null);

        new Browser().get("/p/" + member.handle()).then().statusCode(404);
        searcher.get("/p/" + member.handle()).then().statusCode(404);
        searcher.get("/people?q=" + member.values().get(ProfileField.COMPANY))
                .then()
                .body(not(containsString(member.handle())));
    }

    private static void save(Member member, Map<ProfileField, Level> chosen, boolean indexable) {
        Map<String, String> form = form(chosen, indexable);
        form.put("confirmPublic", "on");
        member.user()
                .browser()
                .submit("/account/visibility", "/account/visibility", form)
                .then()
                .statusCode(303);
    }

    private static Map<String, String> form(Map<ProfileField, Level> chosen, boolean indexable) {
        Map<String, String> form = new HashMap<>();
        chosen.forEach((field, level) -> form.put(field.slug(), level.name()));
        if (indexable) {
            form.put("indexable", "on");
        }
        return form;
    }

    private static Map<ProfileField, Level> privateExcept(Map<ProfileField, Level> open) {
        Map<ProfileField, Level> levels = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            levels.put(field, open.getOrDefault(field, Level.PRIVATE));
        }
        return levels;
    }

    private Map<ProfileField, Level> levels(Member member) {
        return visibility.levels(member.user().id());
    }

    /** A new member whose every detail is a unique word, so that a page shows it or does not. */
    static Member member() {
        User user = signedInUser();
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String handle = "m" + tag;
        Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        values.put(ProfileField.NAME, "Ada Lovelace");
        values.put(ProfileField.HEADLINE, "Headline" + tag);
        values.put(ProfileField.COMPANY, "Company" + tag);
        values.put(ProfileField.CITY, "City" + tag);
        values.put(ProfileField.COUNTRY, "Iceland");
        values.put(ProfileField.ABOUT, "About" + tag);
        values.put(ProfileField.EXPERIENCES, "Position" + tag);
        values.put(ProfileField.EMAIL, user.email());
        values.put(ProfileField.PHONE, "611 2345");
        // the page shows the photo by its address
        values.put(ProfileField.PHOTO, "src=\"/p/" + handle + "/photo");
        Db.inTransaction(
                () -> {
                    Account.update(
                            "company = ?1, phone = ?2, country = ?3, firstName = 'Ada', lastName = 'Lovelace' where id = ?4",
                            values.get(ProfileField.COMPANY),
                            "+3546112345",
                            "IS",
                            user.id());
                    Profile profile = new Profile();
                    profile.accountId = user.id();
                    profile.handle = handle;
                    profile.handleNormalized = handle;
                    profile.headline = values.get(ProfileField.HEADLINE);
                    profile.city = values.get(ProfileField.CITY);
                    profile.about = values.get(ProfileField.ABOUT);
                    profile.persist();
                    Experience experience = new Experience();
                    experience.accountId = user.id();
                    experience.title = values.get(ProfileField.EXPERIENCES);
                    experience.organisation = "Analytical Engines";
                    experience.startedOn = LocalDate.of(2020, 1, 1);
                    experience.persist();
                    ProfilePhoto photo = new ProfilePhoto();
                    photo.accountId = user.id();
                    photo.large = PHOTO_BYTES;
                    photo.small = PHOTO_BYTES;
                    photo.updatedAt = Instant.now();
                    photo.persist();
                    return null;
                });
        return new Member(user, handle, values);
    }
}
