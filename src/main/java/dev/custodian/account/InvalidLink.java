package dev.custodian.account;

import dev.custodian.web.HtmlPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/**
 * The page for an emailed link that cannot be used: unknown, tampered, expired, already used, or
 * another account's. It says what to do next and reveals nothing about any account.
 */
public final class InvalidLink {

    public enum Kind {
        VERIFY,
        RESET,
        OTHER_ACCOUNT,
        EMAIL_CHANGE,
        ADDRESS_TAKEN
    }

    @CheckedTemplate(basePath = "account/InvalidLink")
    static class Templates {
        static native TemplateInstance page(Kind kind);
    }

    private InvalidLink() {}

    public static Response page(Kind kind) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(HtmlPages.TYPE)
                .entity(Templates.page(kind))
                .build();
    }
}
