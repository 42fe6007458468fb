package org.strata.web.http;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The OpenAPI 3 document of the service, generated from the JAX-RS resources it serves (swagger-core's reader), so
 * it cannot drift from them.
 */
public final class ApiDocument {
    private ApiDocument() {}

    /** The document of these resource classes, as JSON. */
    public static String json(List<Class<?>> resources) {
        OpenAPI base = new OpenAPI()
                .info(new Info()
                        .title("Strata")
                        .version("1")
                        .description("Spatial and three-dimensional real-estate registry: the register, cases,"
                                + " lookups, merged surveying and the OGC API – Features. Send a bearer token from"
                                + " POST /auth/token; every lookup is recorded.")
                        .license(new License().name("proprietary")));
        SwaggerConfiguration configuration =
                new SwaggerConfiguration().openAPI(base).prettyPrint(true).readAllResources(true);
        OpenAPI document = new Reader(configuration).read(new LinkedHashSet<>(resources));
        return Json.pretty(document);
    }
}
