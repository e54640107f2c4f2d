package dev.custodian.export;

import dev.custodian.auth.StepUp;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.HtmlPages;
import dev.custodian.web.Messages;
import dev.custodian.web.SignedIn;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * {@code /account/data}: ask for a copy of one's data (after a fresh proof of identity, once a
 * day), see past requests, and download a ready archive while signed in.
 */
@Path("/account/data")
@Authenticated
public class ExportResource {

    private static final int TOO_MANY_REQUESTS = 429;

    /** A past request as the page lists it. */
    public record Row(
            UUID id,
            String requested,
            DataExport.Status status,
            String until,
            String size,
            boolean downloadable) {}

    @CheckedTemplate(basePath = "export/ExportResource")
    static class Templates {
        static native TemplateInstance data(List<Row> exports, String nextRequest, String error);
    }

    @Inject SignedIn signedIn;

    @Inject StepUp stepUp;

    @Inject DataExports exports;

    @Inject ClientInfo client;

    @Inject Messages messages;

    @Inject Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return view(null);
    }

    /** Queues a new export, unless one was asked for in the last day. */
    @POST
    @Path("request")
    @Produces(MediaType.TEXT_HTML)
    public Response request() {
        Optional<Response> stepUpFirst = stepUp.require("/account/data/request", Map.of());
        if (stepUpFirst.isPresent()) {
            return stepUpFirst.get();
        }
        UUID accountId = signedIn.accountId();
        boolean queued =
                exports.request(
                        accountId,
                        messages.locale().getLanguage(),
                        client.address(),
                        client.userAgent());
        if (!queued) {
            return Response.status(TOO_MANY_REQUESTS)
                    .type(HtmlPages.TYPE)
                    .entity(view(messages.of(ExportMessages.class).export_once_a_day()))
                    .build();
        }
        return Flash.redirect("/account/data", Flash.Message.EXPORT_REQUESTED);
    }

    /** The archive, to its owner only, while it is available; anything else is a 404. */
    @GET
    @Path("{id}/archive")
    @Produces("application/zip")
    public Response download(@RestPath String id) {
        UUID exportId = parse(id);
        UUID accountId = signedIn.accountId();
        byte[] content =
                exports.download(accountId, exportId, client.address(), client.userAgent())
                        .orElseThrow(NotFoundException::new);
        String name =
                "custodian-data-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".zip";
        return Response.ok(content)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    private TemplateInstance view(String error) {
        UUID accountId = signedIn.accountId();
        Instant now = clock.instant();
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(messages.locale())
                        .withZone(ZoneOffset.UTC);
        DataExports.Overview overview = exports.overview(accountId);
        List<Row> rows =
                overview.exports().stream()
                        .map(
                                e ->
                                        new Row(
                                                e.id,
                                                format.format(e.requestedAt) + " UTC",
                                                e.status,
                                                e.expiresAt == null
                                                        ? ""
                                                        : format.format(e.expiresAt) + " UTC",
                                                e.sizeBytes == null ? "" : kilobytes(e.sizeBytes),
                                                e.downloadable(now)))
                        .toList();
        DataExport latest = overview.latestWithinADay();
        String nextRequest =
                latest == null
                        ? null
                        : format.format(latest.requestedAt.plus(DataExport.ONE_REQUEST_PER))
                                + " UTC";
        return Templates.data(rows, nextRequest, error);
    }

    private String kilobytes(long bytes) {
        return messages.of(ExportMessages.class).export_size(Math.max(1, (bytes + 1023) / 1024));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
