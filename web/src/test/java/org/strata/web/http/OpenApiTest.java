package org.strata.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;
import org.strata.web.ogc.OgcResource;

/**
 * The OpenAPI documents as a client generator meets them: {@code /api/v1/openapi.json}, generated from the resources,
 * and the OGC API's {@code /ogc/api} both validate (swagger-parser), and every operation the server serves — read
 * from Jersey's own model of each resource class — is in them.
 */
class OpenApiTest {
    @TempDir
    Path folder;

    @Test
    void theGeneratedDocumentValidatesAndHoldsEveryServedOperation() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, false))) {
            Http http = new Http(server.uri());
            OpenAPI api = parsed(http.get("/api/v1/openapi.json"));
            Set<String> served = new TreeSet<>();
            for (Class<?> resource : server.resourceClasses()) {
                served.addAll(operations(resource));
            }
            assertTrue(served.size() > 50, "the service serves its whole API: " + served);
            List<String> missing = new ArrayList<>();
            for (String operation : served) {
                if (!documented(api, operation)) {
                    missing.add(operation);
                }
            }
            assertEquals(List.of(), missing, "served but not in /api/v1/openapi.json");
            assertTrue(documented(api, "POST /api/v1/cases"));
            assertTrue(documented(api, "GET /api/v1/certificates/{number}"));
            assertTrue(
                    api.getComponents()
                            .getSchemas()
                            .get("NewFirm")
                            .getProperties()
                            .containsKey("qualification"),
                    "typed request bodies are described with their fields");
            assertTrue(
                    api.getComponents()
                            .getSchemas()
                            .get("Transition")
                            .getProperties()
                            .containsKey("certificateNo"),
                    "typed responses are described with their fields");

            OpenAPI ogc = parsed(http.get("/ogc/api?f=json"));
            // the OGC definition's paths are relative to its servers entry, the landing page /ogc
            assertTrue(ogc.getServers().get(0).getUrl().endsWith("/ogc"));
            List<String> ogcMissing = operations(OgcResource.class).stream()
                    .filter(o -> !documented(ogc, o.replaceFirst(" /ogc/?", " /")))
                    .toList();
            assertEquals(List.of(), ogcMissing, "served by the OGC API but not in /ogc/api");
        }
    }

    private static OpenAPI parsed(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, null);
        assertEquals(List.of(), result.getMessages(), "the document validates");
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    /** "METHOD /path" of every operation Jersey builds from a resource class, templates without their regex. */
    private static Set<String> operations(Class<?> resourceClass) {
        Set<String> out = new TreeSet<>();
        Resource resource = Resource.from(resourceClass);
        collect(resource, "", out);
        return out;
    }

    private static void collect(Resource resource, String prefix, Set<String> out) {
        String path = join(prefix, resource.getPath());
        for (ResourceMethod m : resource.getResourceMethods()) {
            out.add(m.getHttpMethod() + " " + path);
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, out);
        }
    }

    private static String join(String prefix, String path) {
        String p = path == null ? "" : path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        String joined = ("/" + prefix + "/" + p).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static boolean documented(OpenAPI api, String operation) {
        String[] f = operation.split(" ", 2);
        PathItem item = api.getPaths().get(f[1]);
        if (item == null) {
            return false;
        }
        return item.readOperationsMap().keySet().stream().anyMatch(m -> m.name().equals(f[0].toUpperCase(Locale.ROOT)));
    }
}
