package dev.custodian.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theDocumentDescribesTheApiAloneWithItsKeyScheme() {
        given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.keySet()", everyItem(startsWith("/api/v1/")))
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/api/v1/accounts",
                                "/api/v1/accounts/{id}",
                                "/api/v1/products/{externalId}",
                                "/api/v1/invoices",
                                "/api/v1/disclosures",
                                "/api/v1/disclosures/{id}/notification"))
                .body(
                        "components.securitySchemes.apiKey.scheme",
                        org.hamcrest.Matchers.equalTo("bearer"))
                .body(
                        "paths.'/api/v1/invoices'.post.requestBody.content.'application/json'.schema.'$ref'",
                        org.hamcrest.Matchers.containsString("InvoiceRequest"));
    }
}
