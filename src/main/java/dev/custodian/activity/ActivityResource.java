package dev.custodian.activity;

import dev.custodian.web.Messages;
import dev.custodian.web.PageNumber;
import dev.custodian.web.SignedIn;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/account/activity")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ActivityResource {

    static final int PAGE_SIZE = 25;

    /** One line of the log as the user reads it. */
    public record Entry(String when, String description, String ip, String device) {}

    @CheckedTemplate(basePath = "activity/ActivityResource")
    static class Templates {
        static native TemplateInstance activity(List<Entry> entries, int page, boolean hasNext);
    }

    @Inject SignedIn signedIn;

    @Inject Messages messages;

    /** The account's security and privacy events, newest first. */
    @GET
    public TemplateInstance activity(@RestQuery Integer page) {
        int index = PageNumber.of(page, PAGE_SIZE + 1);
        List<AccountEvent> events =
                AccountEvent.<AccountEvent>find(
                                "accountId", Sort.descending("occurredAt"), signedIn.accountId())
                        .page(Page.of(index - 1, PAGE_SIZE + 1))
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
                                                e.userAgent))
                        .toList();
        return Templates.activity(entries, index, hasNext);
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
