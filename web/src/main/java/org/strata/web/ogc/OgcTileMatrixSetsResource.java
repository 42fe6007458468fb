package org.strata.web.ogc;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.strata.geo.tiles.TileMatrixSet;

/** The tile matrix sets of the OGC API's tiles (OGC 17-083r4, JSON encoding). */
@Path("/ogc/tileMatrixSets")
public final class OgcTileMatrixSetsResource {
    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /** The tile matrix sets, as JSON or an HTML page. */
    @GET
    @Produces({OgcDocuments.JSON, OgcDocuments.HTML})
    public Response list(@QueryParam("f") String f) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "") + "/ogc/tileMatrixSets/";
        Map<String, Object> doc = Map.of(
                "tileMatrixSets",
                Arrays.stream(TileMatrixSet.values())
                        .map(t -> Map.of(
                                "id", t.id(),
                                "title", t.id(),
                                "crs", t.crs(),
                                "links", List.of(new Link(base + t.id(), "self", OgcDocuments.JSON, t.id()))))
                        .toList());
        return OgcHtml.answer("Tile matrix sets", doc, f, headers);
    }

    /** One tile matrix set, as JSON or an HTML page. */
    @GET
    @Path("{tileMatrixSetId}")
    @Produces({OgcDocuments.JSON, OgcDocuments.HTML})
    public Response one(@PathParam("tileMatrixSetId") String id, @QueryParam("f") String f) {
        return OgcHtml.answer(
                "Tile matrix set " + id, OgcTilesResource.matrixSet(id).description(), f, headers);
    }
}
