package dev.custodian.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custodian.web.FormErrors;
import dev.custodian.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What every API resource does with a call: check its key, read its body, write its answer. */
@RequestScoped
class ApiCalls {

    private final ApiKeys keys;
    private final ObjectMapper json;
    private final Messages messages;

    ApiCalls(ApiKeys keys, ObjectMapper json, Messages messages) {
        this.keys = keys;
        this.json = json;
        this.messages = messages;
    }

    ApiKey require(String authorization, ApiScope scope) {
        return keys.require(authorization, scope);
    }

    /** The POST's Idempotency-Key header, or a 400 when it is missing or malformed. */
    String idempotencyKey(String header) {
        return Idempotency.required(header, texts().idempotency_key_form());
    }

    JsonFields fields(String body) {
        return JsonFields.of(json, body, new FormErrors(messages.web()), texts());
    }

    /** A request with no body, for the query's fields. */
    FormErrors errors() {
        return new FormErrors(messages.web());
    }

    ApiMessages texts() {
        return messages.of(ApiMessages.class);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response send(Idempotency.Answer answer) {
        Response.ResponseBuilder response =
                Response.status(answer.status())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(answer.body());
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
