package org.strata.geo.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The tile matrix sets Strata serves vector tiles in (OGC 17-083r4, Two Dimensional Tile Matrix Set 2.0):
 * {@code WebMercatorQuad} (EPSG:3857, one 256-pixel tile at level 0) and {@code CGCS2000Quad} (EPSG:4490, longitude
 * and latitude in degrees like {@code WorldCRS84Quad}: two tiles at level 0, each 180 degrees square). Levels 0 to
 * {@link #MAX_LEVEL}; row 0 is the northmost, column 0 the westmost.
 */
public enum TileMatrixSet {
    /** Google/OSM tiling of spherical Mercator. */
    WEB_MERCATOR_QUAD(
            "WebMercatorQuad",
            "http://www.opengis.net/def/crs/EPSG/0/3857",
            3857,
            1,
            -20037508.3427892,
            20037508.3427892,
            2 * 20037508.3427892,
            559082264.028717,
            List.of("E", "N")),
    /** CGCS2000 geographic tiling, as WorldCRS84Quad tiles CRS84. */
    CGCS2000_QUAD(
            "CGCS2000Quad",
            "http://www.opengis.net/def/crs/EPSG/0/4490",
            4490,
            2,
            -180,
            90,
            180,
            279541132.014358,
            List.of("Lat", "Lon"));

    /** The deepest level served. */
    public static final int MAX_LEVEL = 22;
    /** Pixels along a tile's side. */
    public static final int TILE_SIZE = 256;

    private static final double EARTH_RADIUS = 6378137.0;

    private final String id;
    private final String crs;
    private final int srid;
    private final int columnsAtZero;
    private final double minX;
    private final double maxY;
    private final double spanAtZero;
    private final double scaleAtZero;
    private final List<String> axes;

    TileMatrixSet(
            String id,
            String crs,
            int srid,
            int columnsAtZero,
            double minX,
            double maxY,
            double spanAtZero,
            double scaleAtZero,
            List<String> axes) {
        this.id = id;
        this.crs = crs;
        this.srid = srid;
        this.columnsAtZero = columnsAtZero;
        this.minX = minX;
        this.maxY = maxY;
        this.spanAtZero = spanAtZero;
        this.scaleAtZero = scaleAtZero;
        this.axes = axes;
    }

    /** The tile matrix set's identifier. */
    public String id() {
        return id;
    }

    /** The URI of its CRS. */
    public String crs() {
        return crs;
    }

    /** The EPSG code of its CRS. */
    public int srid() {
        return srid;
    }

    /** The set with this identifier. */
    public static Optional<TileMatrixSet> byId(String id) {
        for (TileMatrixSet t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Columns of a level. */
    public long columns(int level) {
        return (long) columnsAtZero << level;
    }

    /** Rows of a level. */
    public long rows(int level) {
        return 1L << level;
    }

    /**
     * The bounds of a tile in the set's CRS, as (x, y) = (easting, northing) or (longitude, latitude).
     *
     * @throws IllegalArgumentException when the level, row or column is outside the set
     */
    public Envelope bounds(int level, long row, long col) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("tileMatrix " + level + " is outside 0-" + MAX_LEVEL);
        }
        if (row < 0 || row >= rows(level) || col < 0 || col >= columns(level)) {
            throw new IllegalArgumentException("tile " + row + "/" + col + " is outside level " + level + " ("
                    + rows(level) + " rows, " + columns(level) + " columns)");
        }
        double span = spanAtZero / (1L << level);
        double west = minX + col * span;
        double north = maxY - row * span;
        return new Envelope(west, west + span, north - span, north);
    }

    /** The bounds of a tile in CRS84 longitude and latitude (spherical Mercator inverted for WebMercatorQuad). */
    public org.strata.geo.model.LonLatBox lonLatBounds(int level, long row, long col) {
        Envelope e = bounds(level, row, col);
        if (srid == 4490) {
            return new org.strata.geo.model.LonLatBox(
                    e.getMinX(), Math.max(-90, e.getMinY()), e.getMaxX(), Math.min(90, e.getMaxY()));
        }
        return new org.strata.geo.model.LonLatBox(
                Math.max(-180, longitude(e.getMinX())),
                latitude(e.getMinY()),
                Math.min(180, longitude(e.getMaxX())),
                latitude(e.getMaxY()));
    }

    private static double longitude(double x) {
        return Math.toDegrees(x / EARTH_RADIUS);
    }

    private static double latitude(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(y / EARTH_RADIUS)));
    }

    /** The set's description in the JSON encoding of TMS 2.0. */
    public Map<String, Object> description() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", id);
        doc.put("title", id);
        doc.put("crs", crs);
        doc.put("orderedAxes", axes);
        List<Object> matrices = new ArrayList<>();
        for (int level = 0; level <= MAX_LEVEL; level++) {
            Envelope first = bounds(level, 0, 0);
            double cell = first.getWidth() / TILE_SIZE;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", Integer.toString(level));
            m.put("scaleDenominator", scaleAtZero / (1L << level));
            m.put("cellSize", cell);
            m.put("cornerOfOrigin", "topLeft");
            // the point of origin in the CRS's own axis order
            m.put("pointOfOrigin", srid == 4490 ? List.of(maxY, minX) : List.of(minX, maxY));
            m.put("tileWidth", TILE_SIZE);
            m.put("tileHeight", TILE_SIZE);
            m.put("matrixWidth", columns(level));
            m.put("matrixHeight", rows(level));
            matrices.add(m);
        }
        doc.put("tileMatrices", matrices);
        return doc;
    }
}
