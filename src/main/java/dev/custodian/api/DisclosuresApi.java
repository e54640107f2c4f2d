package dev.custodian.api;

import dev.custodian.privacy.Disclosure;
import dev.custodian.privacy.Disclosures;
import dev.custodian.privacy.LegalBasis;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The company records a disclosure of an account's data to a third party (policy 002 §3.2), and
 * tells the user now, or later once the law allows. Scope {@code disclosures:write}.
 */
@Path("/api/v1/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosures")
@SecurityRequirement(name = AccountsApi.SCHEME)
public class DisclosuresApi {

    /** A disclosure; {@code notifyNow} false keeps it from the user until it is notified. */
    public record DisclosureRequest(
            UUID accountId,
            String recipient,
            String purpose,
            LegalBasis legalBasis,
            String dataCategories,
            LocalDate disclosedOn,
            boolean notifyNow) {}

    /** What is answered: ids only, so that the stored idempotent answer holds no personal data. */
    public record DisclosureView(UUID id, UUID accountId, boolean notified) {}

    @Inject ApiCalls calls;

    @Inject Idempotency idempotency;

    @Inject Disclosures disclosures;

    @Inject Clock clock;

    /** Records the disclosure (201), and mails the user when {@code notifyNow}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a disclosure")
    public Response record(
            @Parameter(hidden = true) @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @RequestBodySchema(DisclosureRequest.class) String body) {
        ApiKey key = calls.require(authorization, ApiScope.DISCLOSURES_WRITE);
        String once = calls.idempotencyKey(idempotencyKey);
        JsonFields fields = calls.fields(body);
        UUID accountId = fields.id("accountId");
        String recipient = fields.requiredLine("recipient", 200);
        String purpose = fields.requiredLine("purpose", 500);
        LegalBasis basis = fields.choice("legalBasis", LegalBasis.class);
        String categories = fields.requiredLine("dataCategories", 500);
        LocalDate disclosedOn = fields.date("disclosedOn", true);
        if (disclosedOn != null
                && disclosedOn.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            fields.add("disclosedOn", calls.texts().disclosed_on_in_future());
        }
        boolean notify = fields.flag("notifyNow");
        fields.check();
        return ApiCalls.send(
                idempotency.once(
                        key,
                        once,
                        "POST",
                        "/api/v1/disclosures",
                        body,
                        () -> {
                            Disclosure disclosure =
                                    disclosures
                                            .record(
                                                    accountId,
                                                    recipient,
                                                    purpose,
                                                    basis,
                                                    categories,
                                                    disclosedOn,
                                                    notify)
                                            .orElseThrow(
                                                    () ->
                                                            new ApiProblem(
                                                                    ProblemType.NOT_FOUND, null));
                            return new Idempotency.Answer(
                                    201,
                                    "/api/v1/disclosures/" + disclosure.id,
                                    calls.write(view(disclosure)));
                        }));
    }

    /** Tells the user now of a disclosure recorded without notice (once; again is a no-op). */
    @POST
    @Path("{id}/notification")
    @Operation(summary = "Tell the user of a disclosure recorded earlier without notice")
    public Response notifyLater(
            @Parameter(hidden = true) @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RestHeader("Idempotency-Key") String idempotencyKey,
            @RestPath String id) {
        ApiKey key = calls.require(authorization, ApiScope.DISCLOSURES_WRITE);
        String once = calls.idempotencyKey(idempotencyKey);
        UUID disclosureId =
                AccountsApi.ids(id).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, null));
        return ApiCalls.send(
                idempotency.once(
                        key,
                        once,
                        "POST",
                        "/api/v1/disclosures/" + disclosureId + "/notification",
                        "",
                        () ->
                                disclosures
                                        .notifyLater(disclosureId)
                                        .map(
                                                d ->
                                                        new Idempotency.Answer(
                                                                200, null, calls.write(view(d))))
                                        .orElseThrow(
                                                () ->
                                                        new ApiProblem(
                                                                ProblemType.NOT_FOUND, null))));
    }

    private static DisclosureView view(Disclosure disclosure) {
        return new DisclosureView(
                disclosure.id, disclosure.accountId, disclosure.notifiedAt != null);
    }
}
