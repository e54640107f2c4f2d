package dev.custodian.visibility;

import dev.custodian.visibility.PeopleResource.Person;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Members search: matches only what each member lets members see (name and headline unless they
 * chose "only me"; company, city and about only when they chose to show them).
 */
@Singleton
public class MembersSearch {

    /** A page of results, whether another follows, and how many members match in all. */
    public record Results(List<Person> people, boolean hasNext, long total) {}

    /** A field's level as stored, or its default when the user never chose. */
    private static String level(String field, String defaultLevel) {
        return "COALESCE((SELECT v.level FROM field_visibility v WHERE v.account_id = a.id AND v.field = '"
                + field
                + "'), '"
                + defaultLevel
                + "') <> 'PRIVATE'";
    }

    private static final String MATCHES =
            "FROM profile p JOIN account a ON a.id = p.account_id "
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
                    + " AND LOWER(p.about) LIKE ?1 ESCAPE '!')) ";

    private static final String SEARCH =
            "SELECT p.handle, "
                    + "CASE WHEN "
                    + level("NAME", "MEMBERS")
                    + " THEN a.first_name || ' ' || a.last_name END, "
                    + "CASE WHEN "
                    + level("HEADLINE", "MEMBERS")
                    + " THEN p.headline END, "
                    + "CASE WHEN "
                    + level("CITY", "PRIVATE")
                    + " THEN p.city END, "
                    + "CASE WHEN "
                    + level("PHOTO", ProfileField.PHOTO.defaultLevel.name())
                    + " AND EXISTS (SELECT 1 FROM profile_photo ph WHERE ph.account_id = a.id)"
                    + " THEN 1 ELSE 0 END "
                    + MATCHES
                    + "ORDER BY p.handle_normalized";

    private static final String COUNT = "SELECT COUNT(*) " + MATCHES;

    /** The {@code page}-th page (from 1) of members matching {@code query}, {@code size} a page. */
    @Transactional
    public Results find(String query, int page, int size) {
        String pattern = "%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                Panache.getEntityManager()
                        .createNativeQuery(SEARCH)
                        .setParameter(1, pattern)
                        .setFirstResult((page - 1) * size)
                        .setMaxResults(size + 1)
                        .getResultList();
        List<Person> people =
                rows.stream()
                        .limit(size)
                        .map(
                                r ->
                                        new Person(
                                                (String) r[0],
                                                (String) r[1],
                                                (String) r[2],
                                                (String) r[3],
                                                ((Number) r[4]).intValue() == 1))
                        .toList();
        // the count only when it is not the number of rows seen: a first page that is the last
        long total =
                page == 1 && rows.size() <= size
                        ? rows.size()
                        : ((Number)
                                        Panache.getEntityManager()
                                                .createNativeQuery(COUNT)
                                                .setParameter(1, pattern)
                                                .getSingleResult())
                                .longValue();
        return new Results(people, rows.size() > size, total);
    }

    /** The user's text matches itself only: % and _ are not wildcards here. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
