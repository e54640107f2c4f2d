package dev.custodian.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The OpenAPI document describes the API alone, not the portal's pages and forms. */
public class ApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().keySet().stream()
                    .filter(path -> !path.startsWith("/api/v1/"))
                    .toList()
                    .forEach(openAPI.getPaths()::removePathItem);
        }
    }
}
