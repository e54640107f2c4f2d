package dev.custodian.api;

/** The kinds of problem the API answers with, each with its status (RFC 9457 "type"). */
public enum ProblemType {
    MALFORMED_REQUEST(400),
    IDEMPOTENCY_KEY_MISSING(400),
    UNAUTHENTICATED(401),
    INSUFFICIENT_SCOPE(403),
    NOT_FOUND(404),
    ACCOUNT_NOT_ACTIVE(409),
    OTHER_ACCOUNT(409),
    INVOICE_NUMBER_TAKEN(409),
    BODY_TOO_LARGE(413),
    INVALID_FIELDS(422),
    // draft-ietf-httpapi-idempotency-key-header §2.7: a key reused with another payload is 422
    IDEMPOTENCY_KEY_REUSED(422),
    TOO_MANY_REQUESTS(429);

    final int status;

    ProblemType(int status) {
        this.status = status;
    }

    /** A URN rather than a link: it names the problem and resolves to nothing outside. */
    String uri() {
        return "urn:custodian:problem:" + name().toLowerCase().replace('_', '-');
    }
}
