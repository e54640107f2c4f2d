package dev.custodian.activity;

import dev.custodian.web.Messages;
import dev.custodian.web.PageNumber;
import dev.custodian.web.SignedIn;
import dev.custodian.web.UserAgents;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/account/activity")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ActivityResource {

    static final int PAGE_SIZE = 25;

    /** One line of the log as the user reads it. */
    public record Entry(String when, String description, String ip, String device) {}

    /** A filter link: its kind (null: every event) and whether it is the one shown. */
    public record Filter(EventType.Kind kind, boolean current) {}

    @CheckedTemplate(basePath = "activity/ActivityResource")
    static class Templates {
        static native TemplateInstance activity(
                List<Entry> entries,
                List<Filter> filters,
                String kindQuery,
                int page,
                boolean hasNext);
    }

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    @Inject UserAgents userAgents;

    /**
     * The account's security and privacy events, newest first, a page at a time, of one kind or
     * all; an unknown kind is a 400.
     */
    @GET
    public TemplateInstance activity(@RestQuery Integer page, @RestQuery String kind) {
        Optional<EventType.Kind> chosen = kind(kind);
        int index = PageNumber.of(page, PAGE_SIZE + 1);
        int first = (index - 1) * PAGE_SIZE;
        // one row more than a page says whether another page follows
        List<AccountEvent> events =
                (chosen.isEmpty()
                                ? AccountEvent.<AccountEvent>find(
                                        "accountId",
                                        Sort.descending("occurredAt", "id"),
                                        signedIn.accountId())
                                : AccountEvent.<AccountEvent>find(
                                        "accountId = ?1 and type in ?2",
                                        Sort.descending("occurredAt", "id"),
                                        signedIn.accountId(),
                                        chosen.get().types()))
                        .range(first, first + PAGE_SIZE)
                        .list();
        boolean hasNext = events.size() > PAGE_SIZE;
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC);
        ActivityMessages texts = messages.of(ActivityMessages.class);
        List<Entry> entries =
                events.stream()
                        .limit(PAGE_SIZE)
                        .map(
                                e ->
                                        new Entry(
                                                format.format(e.occurredAt) + " UTC",
                                                texts.event(e.type) + details(e.detail, texts),
                                                e.ip,
                                                userAgents.describe(e.userAgent)))
                        .toList();
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter(null, chosen.isEmpty()));
        for (EventType.Kind each : EventType.Kind.values()) {
            filters.add(new Filter(each, chosen.equals(Optional.of(each))));
        }
        String kindQuery = chosen.map(k -> "kind=" + k.slug() + "&").orElse("");
        return Templates.activity(entries, filters, kindQuery, index, hasNext);
    }

    private static Optional<EventType.Kind> kind(String slug) {
        if (slug == null || slug.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                Arrays.stream(EventType.Kind.values())
                        .filter(k -> k.slug().equals(slug))
                        .findFirst()
                        .orElseThrow(() -> new BadRequestException("unknown kind")));
    }

    /** The changed fields an event names, in the reader's words; unknown keys are left out. */
    static String details(String detail, ActivityMessages texts) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        List<String> names =
                Arrays.stream(detail.split(",\\s*"))
                        .map(
                                key ->
                                        switch (key) {
                                            case "firstName" -> texts.changed_firstName();
                                            case "lastName" -> texts.changed_lastName();
                                            case "company" -> texts.changed_company();
                                            case "locale" -> texts.changed_locale();
                                            case "country" -> texts.changed_country();
                                            case "phone" -> texts.changed_phone();
                                            case "postalAddress" -> texts.changed_postalAddress();
                                            case "billingAddress" -> texts.changed_billingAddress();
                                            case "billingSameAsPostal" ->
                                                    texts.changed_billingSameAsPostal();
                                            case "handle" -> texts.changed_handle();
                                            case "headline" -> texts.changed_headline();
                                            case "city" -> texts.changed_city();
                                            case "about" -> texts.changed_about();
                                            case "experience" -> texts.changed_experience();
                                            case "name" -> texts.changed_name();
                                            case "experiences" -> texts.changed_experiences();
                                            case "email" -> texts.changed_email();
                                            case "indexable" -> texts.changed_indexable();
                                            default -> null;
                                        })
                        .filter(Objects::nonNull)
                        .toList();
        return names.isEmpty() ? "" : " (" + texts.changed_fields(String.join(", ", names)) + ")";
    }
}
