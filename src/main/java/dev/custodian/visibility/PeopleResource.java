package dev.custodian.visibility;

import dev.custodian.auth.RateLimiter;
import dev.custodian.manifest.Manifest;
import dev.custodian.web.PageNumber;
import dev.custodian.web.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
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

    /** A result: the handle and what a member may see of the name, headline, city and photo. */
    public record Person(String handle, String name, String headline, String city, boolean photo) {

        /** What stands for the photo when there is none to show. */
        public String initials() {
            return Initials.of(name, handle);
        }
    }

    @CheckedTemplate(basePath = "visibility/PeopleResource")
    static class Templates {
        static native TemplateInstance people(
                String q,
                String qEncoded,
                List<Person> people,
                long total,
                int page,
                boolean hasNext,
                boolean searched,
                boolean tooShort);
    }

    @Inject SignedIn signedIn;

    @Inject RateLimiter rateLimiter;

    @Inject MembersSearch search;

    /** Not transactional itself: the rate limiter's buckets commit on their own. */
    @Inject Manifest manifest;

    @GET
    public TemplateInstance search(@RestQuery String q, @RestQuery Integer page) {
        if (!manifest.profiles().membersSearch()) {
            throw new NotFoundException();
        }
        String query = q == null ? "" : Normalizer.normalize(q.strip(), Normalizer.Form.NFC);
        int index = PageNumber.of(page, PAGE_SIZE + 1);
        if (query.isEmpty()) {
            return Templates.people("", "", List.of(), 0, 1, false, false, false);
        }
        if (query.codePointCount(0, query.length()) < MIN_QUERY || query.length() > MAX_QUERY) {
            String kept = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
            return Templates.people(kept, "", List.of(), 0, 1, false, false, true);
        }
        rateLimiter.consume(
                "people-search:" + signedIn.accountId(),
                SEARCHES_PER_MINUTE,
                Duration.ofMinutes(1));
        MembersSearch.Results results = search.find(query, index, PAGE_SIZE);
        return Templates.people(
                query,
                URLEncoder.encode(query, StandardCharsets.UTF_8),
                results.people(),
                results.total(),
                index,
                results.hasNext(),
                true,
                false);
    }
}
