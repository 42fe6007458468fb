package org.strata.web.tiles3d;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.GridBox;
import org.strata.geo.tiles3d.VolumeCell;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.FeatureKind;
import org.strata.web.http.ApiException;
import org.strata.web.http.CachedBytes;

/**
 * {@code /3dtiles}: the registered volumes as 3D Tiles 1.1 for CesiumJS and other clients — {@code tileset.json} and
 * {@code content/{level}/{x}/{y}.glb}. What they carry is what the anonymous map shows (unit codes, kinds, layers,
 * heights, legal validity), so one tile serves everyone and caches (ETag, {@code Cache-Control}). The tileset follows
 * the register's extent, read again at most every {@link #EXTENT_REFRESH}.
 */
@Path("/3dtiles")
public final class VolumeTilesResource {
    /** The media type of binary glTF. */
    static final String GLB = "model/gltf-binary";
    /** How long a tileset is served before the register's extent is read again. */
    static final Duration EXTENT_REFRESH = Duration.ofSeconds(30);

    private final CadastreStore cadastre;
    private final GridTransform transform;
    private final TileContents contents;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Optional<byte[]> tileset = Optional.empty();
    private volatile Instant tilesetUntil = Instant.MIN;

    /** The tiles of the stores' volumes. */
    public VolumeTilesResource(
            CadastreStore cadastre, GridTransform transform, TileContents contents, ObjectMapper json, Clock clock) {
        this.cadastre = cadastre;
        this.transform = transform;
        this.contents = contents;
        this.json = json;
        this.clock = clock;
    }

    /** The tileset; 404 while the register holds no volume. */
    @GET
    @Path("tileset.json")
    @Produces("application/json")
    public Response tileset(@HeaderParam("If-None-Match") String ifNoneMatch) throws Exception {
        byte[] bytes = current()
                .orElseThrow(() -> ApiException.notFound("no-volumes", "the register holds no volume to tile yet"));
        return CachedBytes.answer(bytes, "application/json", ifNoneMatch);
    }

    /** Prepares the tileset ahead of its first request (the service calls it once it has started). */
    public void prepare() {
        try {
            current();
        } catch (java.io.IOException | RuntimeException e) {
            // the first request will build it and answer the failure
        }
    }

    private synchronized Optional<byte[]> current() throws java.io.IOException {
        Instant now = clock.instant();
        if (now.isAfter(tilesetUntil)) {
            Optional<GridBox> extent = cadastre.extent(FeatureKind.RIGHT);
            tileset = extent.isEmpty()
                    ? Optional.empty()
                    : Optional.of(json.writeValueAsBytes(
                            new TilesetDocument(transform, contents, extent.get(), cadastre.count(FeatureKind.RIGHT))
                                    .document()));
            tilesetUntil = now.plus(EXTENT_REFRESH);
        }
        return tileset;
    }

    /** A tile's content: the volumes of one cell, as binary glTF. */
    @GET
    @Path("content/{level}/{x}/{file}")
    @Produces(GLB)
    public Response content(
            @PathParam("level") String level,
            @PathParam("x") String x,
            @PathParam("file") String file,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (!file.endsWith(".glb")) {
            throw ApiException.notFound("tile-not-found", "tile content is served as .glb");
        }
        VolumeCell cell;
        try {
            cell = new VolumeCell(
                    Integer.parseInt(level), Long.parseLong(x), Long.parseLong(file.substring(0, file.length() - 4)));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid-tile", "level, x and y must be whole numbers: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("tile-not-found", e.getMessage());
        }
        return CachedBytes.answer(contents.glb(cell), GLB, ifNoneMatch);
    }
}
