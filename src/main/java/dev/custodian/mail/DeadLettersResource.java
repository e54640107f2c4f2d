package dev.custodian.mail;

import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The mails the outbox gave up on (an attempt failed once they were older than {@code
 * custodian.mail.give-up-after}), for admins to see why and to send one again.
 */
@Path("/admin/mail/dead")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class DeadLettersResource {

    private static final int SHOWN = 100;

    /** A dead letter as the page shows it, with its age in the admin's language. */
    public record Shown(OutboxMail mail, String age) {}

    @CheckedTemplate(basePath = "mail/DeadLettersResource")
    static class Templates {
        static native TemplateInstance list(List<Shown> letters, int shown, long total);
    }

    @Inject Messages messages;

    @Inject Clock clock;

    @Inject Outbox outbox;

    /**
     * The most recent dead letters: recipient, kind, attempts, last error and age, each with a
     * button to send it again.
     */
    @GET
    public TemplateInstance list() {
        Instant now = clock.instant();
        List<Shown> letters =
                OutboxMail.<OutboxMail>find(
                                "status", Sort.descending("createdAt"), OutboxMail.Status.DEAD)
                        .page(0, SHOWN)
                        .list()
                        .stream()
                        .map(mail -> new Shown(mail, age(Duration.between(mail.createdAt, now))))
                        .toList();
        return Templates.list(letters, SHOWN, OutboxMail.count("status", OutboxMail.Status.DEAD));
    }

    /**
     * Puts a dead letter back in the queue, due now, with its attempts counted afresh and its
     * Message-ID kept. It is older than the give-up age, so a failed attempt makes it dead again.
     */
    @POST
    @Path("{id}/send-again")
    public Response sendAgain(@RestPath UUID id) {
        int requeued = outbox.sendAgain(id);
        if (requeued == 0) {
            // unknown, already sent again, or never dead: nothing to send again
            throw new NotFoundException();
        }
        return Flash.redirect("/admin/mail/dead", Flash.Message.MAIL_SENT_AGAIN);
    }

    private String age(Duration age) {
        return messages.of(MailMessages.class)
                .admin_dead_age_value(age.toDays(), age.toHoursPart());
    }
}
