package org.strata.web.ogc;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.LonLatBox;
import org.strata.geo.op.LonLatClip;
import org.strata.geo.tiles.TileMatrixSet;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.VectorTileQuery;
import org.strata.web.http.ApiException;
import org.strata.web.http.CachedBytes;

/**
 * OGC API – Tiles for a collection: its tilesets (vector, in WebMercatorQuad and CGCS2000Quad) and their Mapbox Vector
 * Tiles, each feature's footprint with its unit code only — what the anonymous map shows, so one tile serves
 * everyone and caches: an ETag of its content and {@code Cache-Control}; an unchanged tile answers 304, an empty one
 * 204. A tile wider on the ground than {@link #OVERVIEW_ABOVE_METRES} is an overview: a feature there is a pixel or
 * two, so the tile holds a grid of {@link #OVERVIEW_CELLS} squares a side with how many features' boxes cover each.
 */
@Path("/ogc/collections/{collectionId}/tiles")
public final class OgcTilesResource {
    /** The media type of a Mapbox Vector Tile. */
    static final String MVT = "application/vnd.mapbox-vector-tile";
    /** Tiles wider than this on the ground are overviews (WebMercatorQuad 14 and above in Zhejiang). */
    static final double OVERVIEW_ABOVE_METRES = 1_500;
    /** The cells a side of an overview tile: four pixels of a 256-pixel tile each. */
    static final int OVERVIEW_CELLS = 64;

    private static final double METRES_PER_DEGREE = 111_320;

    private final CadastreStore store;
    private final GridTransform transform;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /** The tiles of the store's collections. */
    public OgcTilesResource(CadastreStore store, GridTransform transform) {
        this.store = store;
        this.transform = transform;
    }

    /** The collection's tilesets, as JSON or an HTML page. */
    @GET
    @Produces({OgcDocuments.JSON, OgcDocuments.HTML})
    public Response tilesets(@PathParam("collectionId") String id, @QueryParam("f") String f) {
        OgcCollection c = collection(id);
        Map<String, Object> doc = Map.of(
                "tilesets",
                java.util.Arrays.stream(TileMatrixSet.values())
                        .map(t -> tileset(c, t))
                        .toList());
        return OgcHtml.answer(c.title() + " tilesets", doc, f, headers);
    }

    /** One tileset: its tile matrix set and the template of its tiles, as JSON or an HTML page. */
    @GET
    @Path("{tileMatrixSetId}")
    @Produces({OgcDocuments.JSON, OgcDocuments.HTML})
    public Response tileset(
            @PathParam("collectionId") String id, @PathParam("tileMatrixSetId") String tms, @QueryParam("f") String f) {
        OgcCollection c = collection(id);
        return OgcHtml.answer(c.title() + " tileset " + tms, tileset(c, matrixSet(tms)), f, headers);
    }

    /** A tile. */
    @GET
    @Path("{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}")
    @Produces(MVT)
    public Response tile(
            @PathParam("collectionId") String id,
            @PathParam("tileMatrixSetId") String tms,
            @PathParam("tileMatrix") String level,
            @PathParam("tileRow") String row,
            @PathParam("tileCol") String col,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        OgcCollection c = collection(id);
        TileMatrixSet set = matrixSet(tms);
        int z = (int) number(level, "tileMatrix");
        long r = number(row, "tileRow");
        long k = number(col, "tileCol");
        org.locationtech.jts.geom.Envelope bounds;
        LonLatBox lonLat;
        try {
            bounds = set.bounds(z, r, k);
            lonLat = set.lonLatBounds(z, r, k);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("tile-not-found", e.getMessage());
        }
        Optional<GridBox> area = LonLatClip.within(
                        lonLat.minLongitude(),
                        lonLat.minLatitude(),
                        lonLat.maxLongitude(),
                        lonLat.maxLatitude(),
                        transform.areaOfUse())
                .map(transform::toGrid);
        byte[] bytes = area.map(a -> store.vectorTile(new VectorTileQuery(
                        c.kind(),
                        c.id(),
                        set.srid(),
                        bounds.getMinX(),
                        bounds.getMinY(),
                        bounds.getMaxX(),
                        bounds.getMaxY(),
                        a,
                        groundWidth(lonLat) > OVERVIEW_ABOVE_METRES ? OVERVIEW_CELLS : 0)))
                .orElse(new byte[0]);
        return CachedBytes.answer(bytes, MVT, ifNoneMatch);
    }

    /** The width of a tile in metres along its middle latitude. */
    private static double groundWidth(LonLatBox b) {
        double middle = Math.toRadians((b.minLatitude() + b.maxLatitude()) / 2);
        return (b.maxLongitude() - b.minLongitude()) * METRES_PER_DEGREE * Math.cos(middle);
    }

    private Map<String, Object> tileset(OgcCollection c, TileMatrixSet t) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        String self = base + "/ogc/collections/" + c.id() + "/tiles/" + t.id();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", c.title() + " — " + t.id());
        doc.put("dataType", "vector");
        doc.put("crs", t.crs());
        doc.put("tileMatrixSetURI", base + "/ogc/tileMatrixSets/" + t.id());
        doc.put(
                "layers",
                List.of(Map.of(
                        "id",
                        c.id(),
                        "dataType",
                        "vector",
                        "geometryDimension",
                        2,
                        "description",
                        "Each feature's footprint with its unitCode. Tiles wider than "
                                + (int) OVERVIEW_ABOVE_METRES
                                + " m on the ground are overviews: a grid of " + OVERVIEW_CELLS + " x "
                                + OVERVIEW_CELLS + " squares, each with the number of features whose box covers"
                                + " it (property 'features').")));
        doc.put(
                "links",
                List.of(
                        new Link(self, "self", OgcDocuments.JSON, "This tileset"),
                        new Link(
                                base + "/ogc/tileMatrixSets/" + t.id(),
                                "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme",
                                OgcDocuments.JSON,
                                t.id()),
                        Map.of(
                                "href",
                                self + "/{tileMatrix}/{tileRow}/{tileCol}",
                                "rel",
                                "item",
                                "type",
                                MVT,
                                "templated",
                                true)));
        return doc;
    }

    private static OgcCollection collection(String id) {
        return OgcCollection.byId(id)
                .orElseThrow(() -> ApiException.notFound("collection-not-found", "no collection '" + id + "'"));
    }

    static TileMatrixSet matrixSet(String id) {
        return TileMatrixSet.byId(id)
                .orElseThrow(() -> ApiException.notFound(
                        "tile-matrix-set-not-found",
                        "no tile matrix set '" + id + "'; WebMercatorQuad or CGCS2000Quad"));
    }

    private static long number(String text, String name) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid-" + name, name + " '" + text + "' is not a whole number");
        }
    }
}
