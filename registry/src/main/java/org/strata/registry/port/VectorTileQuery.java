package org.strata.registry.port;

import java.util.Objects;
import org.strata.geo.model.GridBox;

/**
 * A vector tile to draw: the layer's features, clipped to a tile of a tile matrix set and written in its pixel grid.
 *
 * @param kind the features of the layer
 * @param layer the layer's name in the tile
 * @param srid the EPSG code of the tile matrix set's CRS (3857 or 4490)
 * @param minX the tile's west edge in that CRS (easting or longitude)
 * @param minY the tile's south edge (northing or latitude)
 * @param maxX the tile's east edge
 * @param maxY the tile's north edge
 * @param area the part of the tile inside the store's area of use, in EPSG:4549, for the spatial index
 * @param overviewCells 0 for the features themselves; otherwise the tile is an overview of them — a grid of this
 *     many cells a side, one square per cell holding the middle of a feature's box, with the count of those features
 */
public record VectorTileQuery(
        FeatureKind kind,
        String layer,
        int srid,
        double minX,
        double minY,
        double maxX,
        double maxY,
        GridBox area,
        int overviewCells) {
    /** The pixel grid of a tile (the MVT default). */
    public static final int EXTENT = 4096;
    /** Pixels drawn beyond a tile's edge, so that strokes meet across tiles. */
    public static final int BUFFER = 64;

    /** Checks the fields. */
    public VectorTileQuery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(area, "area");
        if (srid != 3857 && srid != 4490) {
            throw new IllegalArgumentException("tiles are drawn in EPSG:3857 or EPSG:4490, not " + srid);
        }
        if (overviewCells < 0 || overviewCells > EXTENT || (overviewCells > 0 && EXTENT % overviewCells != 0)) {
            throw new IllegalArgumentException(
                    "an overview grid divides the tile's " + EXTENT + " pixels evenly, not " + overviewCells);
        }
    }

    /** A tile of the features themselves. */
    public VectorTileQuery(
            FeatureKind kind,
            String layer,
            int srid,
            double minX,
            double minY,
            double maxX,
            double maxY,
            GridBox area) {
        this(kind, layer, srid, minX, minY, maxX, maxY, area, 0);
    }

    /** Whether the tile is an overview (counts per cell) rather than the features. */
    public boolean overview() {
        return overviewCells > 0;
    }
}
