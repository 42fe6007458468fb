package org.strata.web.ogc;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.strata.geo.tiles.TileMatrixSet;

/** The tile matrix sets of the OGC API's tiles (OGC 17-083r4, JSON encoding). */
@Path("/ogc/tileMatrixSets")
@Produces(OgcDocuments.JSON)
public final class OgcTileMatrixSetsResource {
    @Context
    private UriInfo uri;

    /** The tile matrix sets. */
    @GET
    public Map<String, Object> list() {
        String base = uri.getBaseUri().toString().replaceAll("/$", "") + "/ogc/tileMatrixSets/";
        return Map.of(
                "tileMatrixSets",
                Arrays.stream(TileMatrixSet.values())
                        .map(t -> Map.of(
                                "id", t.id(),
                                "title", t.id(),
                                "crs", t.crs(),
                                "links", List.of(new Link(base + t.id(), "self", OgcDocuments.JSON, t.id()))))
                        .toList());
    }

    /** One tile matrix set. */
    @GET
    @Path("{tileMatrixSetId}")
    public Map<String, Object> one(@PathParam("tileMatrixSetId") String id) {
        return OgcTilesResource.matrixSet(id).description();
    }
}
