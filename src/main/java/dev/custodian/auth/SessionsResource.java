package dev.custodian.auth;

import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
import dev.custodian.web.UserAgents;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

@Path("/account/security/sessions")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SessionsResource {

    private static final String PAGE = "/account/security/sessions";

    /** A session as the list shows it. */
    public record Row(
            UUID id,
            String device,
            String ip,
            String firstSeen,
            String lastSeen,
            boolean current) {}

    @CheckedTemplate(basePath = "auth/SessionsResource")
    static class Templates {
        static native TemplateInstance sessions(List<Row> sessions);
    }

    @Inject SignedIn signedIn;

    @Inject SessionService sessions;

    @Inject UserAgents userAgents;

    @Inject Messages messages;

    @Inject ClientInfo client;

    /** Every browser and device signed in to the account, this one first. */
    @GET
    public TemplateInstance list() {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC);
        UUID current = signedIn.sessionId();
        List<Row> rows =
                sessions.live(signedIn.accountId()).stream()
                        .map(
                                s ->
                                        new Row(
                                                s.id,
                                                userAgents.describe(s.userAgent),
                                                s.ip,
                                                format.format(s.createdAt) + " UTC",
                                                format.format(s.lastSeenAt) + " UTC",
                                                s.id.equals(current)))
                        .sorted((a, b) -> Boolean.compare(b.current(), a.current()))
                        .toList();
        return Templates.sessions(rows);
    }

    /** Ends one session of this account; another account's id answers 404 like a missing one. */
    @POST
    @Path("/{id}/end")
    public Response end(@RestPath UUID id) {
        boolean ended =
                sessions.endOneAsked(
                        signedIn.accountId(), id, client.address(), client.userAgent());
        if (!ended) {
            throw new NotFoundException();
        }
        return Flash.redirect(
                id.equals(signedIn.sessionId()) ? "/login" : PAGE, Flash.Message.SESSION_ENDED);
    }

    /** Ends every session of this account except this one. */
    @POST
    @Path("/end-others")
    public Response endOthers() {
        sessions.endOthersAsked(
                signedIn.accountId(), signedIn.sessionId(), client.address(), client.userAgent());
        return Flash.redirect(PAGE, Flash.Message.OTHER_SESSIONS_ENDED);
    }
}
