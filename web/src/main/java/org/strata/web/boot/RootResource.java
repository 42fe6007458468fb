package org.strata.web.boot;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /} leads to the OGC API landing page. */
@Path("/")
public final class RootResource {
    /** A redirect to {@code /ogc}. */
    @GET
    public Response root() {
        return Response.seeOther(URI.create("/ogc")).build();
    }
}
