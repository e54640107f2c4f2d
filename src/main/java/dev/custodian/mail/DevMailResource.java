package dev.custodian.mail;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dev mode only: the outbox as a mailbox, so that a new user can follow the verification link
 * without any SMTP server. Built only into dev mode, so it answers 404 everywhere else.
 */
@IfBuildProfile("dev")
@Path("/dev/mail")
@Produces(MediaType.TEXT_HTML)
public class DevMailResource {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final int SHOWN = 50;

    /** A mail as the page shows it: its text and the links in it. */
    public record Shown(OutboxMail mail, List<String> links) {}

    @CheckedTemplate(basePath = "mail/DevMailResource")
    static class Templates {
        static native TemplateInstance mailbox(List<Shown> mails);
    }

    /** The newest mails in the outbox, with their links clickable. */
    @GET
    public TemplateInstance mailbox() {
        List<Shown> mails =
                OutboxMail.<OutboxMail>findAll(Sort.descending("createdAt"))
                        .page(0, SHOWN)
                        .list()
                        .stream()
                        .map(mail -> new Shown(mail, links(mail.bodyText)))
                        .toList();
        return Templates.mailbox(mails);
    }

    private static List<String> links(String text) {
        Matcher matcher = LINK.matcher(text);
        return matcher.results().map(m -> m.group()).distinct().toList();
    }
}
