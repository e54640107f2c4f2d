package dev.custodian.privacy;

import dev.custodian.account.EmailAddresses;
import dev.custodian.auth.RateLimiter;
import dev.custodian.web.ClientInfo;
import dev.custodian.web.Flash;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /report-underage}: anyone can report an account believed to belong to someone under 18
 * (policy 004 §10). The answer is the same whether or not the handle or email leads to an account,
 * so the form cannot be used to find out who has one.
 */
@Path("/report-underage")
@Produces(MediaType.TEXT_HTML)
public class UnderageReportResource {

    private static final int UNPROCESSABLE = 422;
    private static final int REPORTS_PER_HOUR = 5;
    static final int MAX_REPORTED = 254;
    static final int MAX_DETAILS = 2000;

    /** What was typed, kept when the form is refused. */
    public record Typed(String reported, String details, String reporterEmail) {
        static final Typed EMPTY = new Typed("", "", "");
    }

    @CheckedTemplate(basePath = "privacy/UnderageReportResource")
    static class Templates {
        static native TemplateInstance report(Typed typed, FormErrors errors);
    }

    @Inject RateLimiter rateLimiter;

    @Inject ClientInfo client;

    @Inject Messages messages;

    @Inject UnderageReports reports;

    @GET
    public TemplateInstance form() {
        return Templates.report(Typed.EMPTY, new FormErrors(messages.web()));
    }

    @POST
    public Response report(
            @RestForm String reported, @RestForm String details, @RestForm String reporterEmail) {
        rateLimiter.consume(
                "underage-report:" + client.rateLimitKey(), REPORTS_PER_HOUR, Duration.ofHours(1));
        FormErrors errors = new FormErrors(messages.web());
        var dmsg = messages.of(PrivacyMessages.class);
        String cleanReported =
                errors.requiredLine(
                        "reported", reported, MAX_REPORTED, dmsg.report_reported_required());
        String cleanDetails = errors.optionalText("details", details, MAX_DETAILS);
        if (cleanDetails == null && !errors.has("details")) {
            errors.add("details", dmsg.report_details_required());
        }
        String cleanEmail = errors.optionalLine("reporterEmail", reporterEmail, MAX_REPORTED);
        if (cleanEmail != null
                && !errors.has("reporterEmail")
                && !EmailAddresses.isPlausible(cleanEmail)) {
            errors.add("reporterEmail", dmsg.report_email_invalid());
        }
        if (!errors.isEmpty()) {
            Typed typed =
                    new Typed(
                            FormErrors.typed(reported),
                            FormErrors.typed(details),
                            FormErrors.typed(reporterEmail));
            return Response.status(UNPROCESSABLE).entity(Templates.report(typed, errors)).build();
        }
        reports.file(cleanReported, cleanDetails, cleanEmail);
        return Flash.redirect("/", Flash.Message.REPORT_SENT);
    }
}
