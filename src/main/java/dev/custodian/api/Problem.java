package dev.custodian.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.custodian.web.FormErrors;
import java.util.List;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}), with a message per field
 * when the request's fields were refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type, String title, int status, String detail, List<FormErrors.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of one of the API's own types, titled in the messages' language. */
    static Problem of(
            ProblemType type,
            ApiMessages messages,
            String detail,
            List<FormErrors.FieldError> errors) {
        return new Problem(type.uri(), messages.problem(type), type.status, detail, errors);
    }
}
