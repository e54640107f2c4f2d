package dev.custodian.visibility;

import dev.custodian.auth.RateLimiter;
import dev.custodian.auth.SignedIn;
import dev.custodian.web.PageNumber;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Members search, for signed-in members only. It searches only what a member may see: a value kept
 * private (a company, a city) can never be found by searching for it, because the level is checked
 * in the same SQL condition as the value.
 */
@Path("/people")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PeopleResource {

    static final int PAGE_SIZE = 20;
    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 100;
    private static final int SEARCHES_PER_MINUTE = 30;

    /** A result: the handle and what a member may see of the name and headline. */
    public record Person(String handle, String name, String headline) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance people(
                String q,
                String qEncoded,
                List<Person> people,
                int page,
                boolean hasNext,
                boolean searched,
                boolean tooShort);
    }

    /** A field's level as stored, or its default when the user never chose. */
    private static String level(String field, String defaultLevel) {
        return "COALESCE((SELECT v.level FROM field_visibility v WHERE v.account_id = a.id AND v.field = '"
                + field
                + "'), '"
                + defaultLevel
                + "') <> 'PRIVATE'";
    }

    private static final String SEARCH =
            "SELECT p.handle, "
                    + "CASE WHEN "
                    + level("NAME", "MEMBERS")
                    + " THEN a.first_name || ' ' || a.last_name END, "
                    + "CASE WHEN "
                    + level("HEADLINE", "MEMBERS")
                    + " THEN p.headline END "
                    + "FROM profile p JOIN account a ON a.id = p.account_id "
                    + "WHERE a.status = 'ACTIVE' AND p.handle IS NOT NULL AND ("
                    + "("
                    + level("NAME", "MEMBERS")
                    + " AND LOWER(a.first_name || ' ' || a.last_name) LIKE ?1 ESCAPE '!') OR "
                    + "("
                    + level("HEADLINE", "MEMBERS")
                    + " AND LOWER(p.headline) LIKE ?1 ESCAPE '!') OR "
                    + "("
                    + level("COMPANY", "PRIVATE")
                    + " AND LOWER(a.company) LIKE ?1 ESCAPE '!') OR "
                    + "("
                    + level("CITY", "PRIVATE")
                    + " AND LOWER(p.city) LIKE ?1 ESCAPE '!') OR "
                    + "("
                    + level("ABOUT", "PRIVATE")
                    + " AND LOWER(p.about) LIKE ?1 ESCAPE '!')) "
                    + "ORDER BY p.handle_normalized";

    @Inject SignedIn signedIn;

    @Inject RateLimiter rateLimiter;

    /** Not transactional itself: the rate limiter's buckets commit on their own. */
    @GET
    public TemplateInstance search(@RestQuery String q, @RestQuery Integer page) {
        String query = q == null ? "" : Normalizer.normalize(q.strip(), Normalizer.Form.NFC);
        int index = PageNumber.of(page, PAGE_SIZE + 1);
        if (query.isEmpty()) {
            return Templates.people("", "", List.of(), 1, false, false, false);
        }
        if (query.codePointCount(0, query.length()) < MIN_QUERY || query.length() > MAX_QUERY) {
            String kept = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
            return Templates.people(kept, "", List.of(), 1, false, false, true);
        }
        rateLimiter.consume(
                "people-search:" + signedIn.accountId(),
                SEARCHES_PER_MINUTE,
                Duration.ofMinutes(1));
        String pattern = "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        Panache.getEntityManager()
                                                .createNativeQuery(SEARCH)
                                                .setParameter(1, pattern)
                                                .setFirstResult((index - 1) * PAGE_SIZE)
                                                .setMaxResults(PAGE_SIZE + 1)
                                                .getResultList());
        List<Person> people =
                rows.stream()
                        .limit(PAGE_SIZE)
                        .map(r -> new Person((String) r[0], (String) r[1], (String) r[2]))
                        .toList();
        return Templates.people(
                query,
                URLEncoder.encode(query, StandardCharsets.UTF_8),
                people,
                index,
                rows.size() > PAGE_SIZE,
                true,
                false);
    }

    /** The user's text matches itself only: % and _ are not wildcards here. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
