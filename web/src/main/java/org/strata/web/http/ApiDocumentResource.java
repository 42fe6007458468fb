package org.strata.web.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Serves the generated OpenAPI document of every resource ({@link ApiDocument}); an API's description is public. */
@Path("/api/v1/openapi.json")
public final class ApiDocumentResource {
    private final List<Class<?>> resources;
    private volatile String document;

    /** The resource describing these resource classes (itself included). */
    public ApiDocumentResource(List<Class<?>> resources) {
        this.resources = List.copyOf(resources);
    }

    /** The document, generated on first use. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        String d = document;
        if (d == null) {
            d = ApiDocument.json(resources);
            document = d;
        }
        return d;
    }
}
