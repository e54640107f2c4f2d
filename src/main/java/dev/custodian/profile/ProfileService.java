package dev.custodian.profile;

import dev.custodian.account.Account;
import dev.custodian.activity.ActivityLog;
import dev.custodian.activity.EventType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Saving what the profile pages edit: contact details, addresses, professional details and
 * experiences. Each save is one transaction with its activity entry, and is refused (false) when
 * the stored data is no longer what the form was opened on (another tab saved meanwhile).
 */
@Singleton
public class ProfileService {

    private static final String EXPERIENCE = "experience";
    private static final String PHOTO = "photo";

    /** What is stored now of the account's addresses. */
    public record StoredAddresses(
            AddressFields postal, AddressFields billing, boolean billingSame) {

        /**
         * Changes whenever any of them does: the form carries it to detect a save from elsewhere.
         */
        public String stamp() {
            return postal.stamp() + "-" + billing.stamp() + "-" + billingSame;
        }
    }

    private final ActivityLog activity;
    private final Clock clock;

    ProfileService(ActivityLog activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    /** Writes the contact details if the account is still at the form's version. */
    @Transactional
    public boolean saveContact(UUID accountId, ContactForm form, String ip, String userAgent) {
        Account account = Account.findById(accountId);
        if (account.version != form.version) {
            return false;
        }
        List<String> changed = new ArrayList<>();
        account.firstName = track(changed, "firstName", account.firstName, form.firstName);
        account.lastName = track(changed, "lastName", account.lastName, form.lastName);
        account.company = track(changed, "company", account.company, form.company);
        account.locale = track(changed, "locale", account.locale, form.locale);
        account.country = track(changed, "country", account.country, form.country);
        account.phone = track(changed, "phone", account.phone, form.phoneE164);
        recordChanges(accountId, changed, ip, userAgent);
        return true;
    }

    /** The language of the account's pages and mail, chosen with the language switch. */
    @Transactional
    public void setLanguage(UUID accountId, String language) {
        Account.<Account>findById(accountId).locale = language;
    }

    @Transactional
    public StoredAddresses addresses(UUID accountId) {
        return new StoredAddresses(
                Address.of(accountId, Address.Kind.POSTAL)
                        .map(AddressFields::of)
                        .orElse(AddressFields.EMPTY),
                Address.of(accountId, Address.Kind.BILLING)
                        .map(AddressFields::of)
                        .orElse(AddressFields.EMPTY),
                Account.<Account>findById(accountId).billingSameAsPostal);
    }

    /**
     * Writes both addresses if they are still as they were when the form was opened ({@code
     * stamp}).
     */
    @Transactional
    public boolean saveAddresses(
            UUID accountId,
            String stamp,
            AddressFields postal,
            AddressFields billing,
            boolean billingSame,
            String ip,
            String userAgent) {
        StoredAddresses current = addresses(accountId);
        if (!current.stamp().equals(stamp)) {
            return false;
        }
        List<String> changed = new ArrayList<>();
        write(accountId, Address.Kind.POSTAL, current.postal(), postal, changed);
        write(accountId, Address.Kind.BILLING, current.billing(), billing, changed);
        Account account = Account.findById(accountId);
        if (account.billingSameAsPostal != billingSame) {
            account.billingSameAsPostal = billingSame;
            changed.add("billingSameAsPostal");
        }
        recordChanges(accountId, changed, ip, userAgent);
        return true;
    }

    /** Writes the professional details if the profile is still at the form's version. */
    @Transactional
    public boolean saveProfessional(
            UUID accountId, ProfessionalForm form, String ip, String userAgent) {
        Profile profile = Profile.findById(accountId);
        long stored = profile == null ? 0 : profile.version;
        if (form.version == null ? profile != null : form.version != stored) {
            return false;
        }
        if (profile == null) {
            profile = new Profile();
            profile.accountId = accountId;
            profile.persist();
        }
        List<String> changed = new ArrayList<>();
        profile.handle = track(changed, "handle", profile.handle, form.handle);
        profile.handleNormalized =
                form.handle == null ? null : form.handle.toLowerCase(Locale.ROOT);
        profile.headline = track(changed, "headline", profile.headline, form.headline);
        profile.city = track(changed, "city", profile.city, form.city);
        profile.about = track(changed, "about", profile.about, form.about);
        recordChanges(accountId, changed, ip, userAgent);
        return true;
    }

    /** Adds an experience at the end of the list. */
    @Transactional
    public void addExperience(UUID accountId, ExperienceForm form, String ip, String userAgent) {
        Experience experience = new Experience();
        experience.accountId = accountId;
        experience.position =
                Experience.ofAccount(accountId).stream().mapToInt(e -> e.position).max().orElse(0)
                        + 1;
        copy(form, experience);
        experience.persist();
        activity.record(accountId, EventType.PROFILE_CHANGED, ip, userAgent, EXPERIENCE);
    }

    /** Saves the account's experience {@code id} if it is still at the form's version. */
    @Transactional
    public boolean updateExperience(
            UUID accountId, UUID id, ExperienceForm form, String ip, String userAgent) {
        Experience experience = Experience.owned(accountId, id).orElse(null);
        if (experience == null || form.version == null || form.version != experience.version) {
            return false;
        }
        copy(form, experience);
        activity.record(accountId, EventType.PROFILE_CHANGED, ip, userAgent, EXPERIENCE);
        return true;
    }

    /** Removes the account's experience {@code id}; false when it has none such. */
    @Transactional
    public boolean removeExperience(UUID accountId, UUID id, String ip, String userAgent) {
        Experience experience = Experience.owned(accountId, id).orElse(null);
        if (experience == null) {
            return false;
        }
        experience.delete();
        activity.record(accountId, EventType.PROFILE_CHANGED, ip, userAgent, EXPERIENCE);
        return true;
    }

    /**
     * Swaps the experience with the one above (-1) or below (+1); false when the account has none
     * such.
     */
    @Transactional
    public boolean moveExperience(UUID accountId, UUID id, int direction) {
        Experience experience = Experience.owned(accountId, id).orElse(null);
        if (experience == null) {
            return false;
        }
        List<Experience> list = Experience.ofAccount(accountId);
        int index = list.indexOf(experience);
        int other = index + direction;
        if (other >= 0 && other < list.size()) {
            int position = list.get(index).position;
            list.get(index).position = list.get(other).position;
            list.get(other).position = position;
        }
        return true;
    }

    /** Stores the photo, in place of the one before if any. */
    @Transactional
    public void savePhoto(UUID accountId, PhotoImages.Encoded photo, String ip, String userAgent) {
        ProfilePhoto stored = ProfilePhoto.findById(accountId);
        boolean first = stored == null;
        if (first) {
            stored = new ProfilePhoto();
            stored.accountId = accountId;
        }
        stored.large = photo.large();
        stored.small = photo.small();
        stored.updatedAt = clock.instant();
        if (first) {
            stored.persist();
        }
        activity.record(accountId, EventType.PROFILE_CHANGED, ip, userAgent, PHOTO);
    }

    /** Deletes the account's photo; false when it had none. */
    @Transactional
    public boolean removePhoto(UUID accountId, String ip, String userAgent) {
        if (!ProfilePhoto.deleteById(accountId)) {
            return false;
        }
        activity.record(accountId, EventType.PROFILE_CHANGED, ip, userAgent, PHOTO);
        return true;
    }

    /** The account's photo at the large or the small size; empty when it has none. */
    @Transactional
    public Optional<byte[]> photo(UUID accountId, boolean large) {
        return Panache.getEntityManager()
                .createQuery(
                        "SELECT "
                                + (large ? "p.large" : "p.small")
                                + " FROM ProfilePhoto p WHERE p.accountId = ?1",
                        byte[].class)
                .setParameter(1, accountId)
                .getResultStream()
                .findFirst();
    }

    private void recordChanges(UUID accountId, List<String> changed, String ip, String userAgent) {
        if (!changed.isEmpty()) {
            activity.record(
                    accountId,
                    EventType.PROFILE_CHANGED,
                    ip,
                    userAgent,
                    String.join(", ", changed));
        }
    }

    private static void write(
            UUID accountId,
            Address.Kind kind,
            AddressFields before,
            AddressFields after,
            List<String> changed) {
        if (before.equals(after)) {
            return;
        }
        changed.add(kind == Address.Kind.POSTAL ? "postalAddress" : "billingAddress");
        Address.delete("accountId = ?1 and kind = ?2", accountId, kind);
        if (after.isEmpty()) {
            return;
        }
        Address address = new Address();
        address.accountId = accountId;
        address.kind = kind;
        address.line1 = after.line1();
        address.line2 = after.line2();
        address.postalCode = after.postalCode();
        address.city = after.city();
        address.region = after.region();
        address.country = after.country();
        address.persist();
    }

    private static void copy(ExperienceForm form, Experience experience) {
        experience.title = form.title;
        experience.organisation = form.organisation;
        experience.startedOn = form.startedOn;
        experience.endedOn = form.endedOn;
    }

    private static <T> T track(List<String> changed, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
        return after;
    }
}
