package dev.custodian.api;

import dev.custodian.web.FormErrors;
import java.util.List;
import java.util.Map;

/** Thrown to answer a call with a problem; {@link ApiResponses} writes it. */
class ApiProblem extends RuntimeException {

    final ProblemType type;
    final String detail;
    final List<FormErrors.FieldError> errors;
    final Map<String, String> headers;

    ApiProblem(
            ProblemType type,
            String detail,
            List<FormErrors.FieldError> errors,
            Map<String, String> headers) {
        // no stack trace: a refusal, not a failure
        super(type.name(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = errors;
        this.headers = headers;
    }

    ApiProblem(ProblemType type, String detail) {
        this(type, detail, null, Map.of());
    }
}
