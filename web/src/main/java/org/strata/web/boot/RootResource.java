package org.strata.web.boot;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /} leads a browser to the viewer and any other client to the OGC API landing page. */
@Path("/")
public final class RootResource {
    /** A redirect to {@code /viewer/} for browsers, to {@code /ogc} otherwise. */
    @GET
    public Response root(@HeaderParam("Accept") String accept) {
        boolean browser = accept != null && accept.contains("text/html");
        return Response.seeOther(URI.create(browser ? "/viewer/" : "/ogc")).build();
    }
}
