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
}
