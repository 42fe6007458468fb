package org.strata.data.jdbc;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.port.VectorTileQuery;

/**
 * Mapbox Vector Tiles of a layer: on PostGIS by the database itself ({@code ST_AsMVT} over {@code ST_AsMVTGeom} of
 * the footprints transformed with {@code ST_Transform}); on the embedded store by an MVT encoder library over the
 * footprints the same spatial query finds, transformed by Apache SIS. Both write each feature's unit code.
 */
final class VectorTiles {
    private static final double EARTH_RADIUS = 6378137.0;
    private static final GeometryFactory GF = new GeometryFactory();
    private static volatile GridTransform transform;

    private VectorTiles() {}

    static byte[] tile(Connection c, String table, VectorTileQuery q) throws SQLException {
        AreaFilter filter = AreaFilter.of(AreaQuery.in(q.area(), AreaQuery.MAX_LIMIT), Dialect.of(c));
        if (q.overview()) {
            return OverviewTiles.tile(c, table, q, filter);
        }
        return Dialect.of(c) == Dialect.POSTGIS ? database(c, table, q, filter) : encoded(c, table, q, filter);
    }

    private static byte[] database(Connection c, String table, VectorTileQuery q, AreaFilter filter)
            throws SQLException {
        String sql = "SELECT ST_AsMVT(t, ?, " + VectorTileQuery.EXTENT + ", 'geom') FROM (SELECT unit_code AS"
                + " \"unitCode\", ST_AsMVTGeom(ST_Transform(geom, " + q.srid() + "), ST_MakeEnvelope(?, ?, ?, ?, "
                + q.srid() + "), " + VectorTileQuery.EXTENT + ", " + VectorTileQuery.BUFFER + ", true) AS geom FROM "
                + table + filter.clause() + " ORDER BY unit_code) t WHERE geom IS NOT NULL";
        return mvt(c, sql, q, filter);
    }

    /**
     * Runs a query whose one value is a tile from {@code ST_AsMVT}: its parameters are the layer's name, the tile's
     * bounds (west, south, east, north) and then the filter's.
     */
    static byte[] mvt(Connection c, String sql, VectorTileQuery q, AreaFilter filter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, q.layer());
            s.setDouble(2, q.minX());
            s.setDouble(3, q.minY());
            s.setDouble(4, q.maxX());
            s.setDouble(5, q.maxY());
            filter.bind(s, 6);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                byte[] bytes = rs.getBytes(1);
                return bytes == null ? new byte[0] : bytes;
            }
        }
    }

    private static byte[] encoded(Connection c, String table, VectorTileQuery q, AreaFilter filter)
            throws SQLException {
        Envelope tile = new Envelope(q.minX(), q.maxX(), q.minY(), q.maxY());
        MvtLayerParams params = new MvtLayerParams(VectorTileQuery.EXTENT);
        Envelope clip = new Envelope(tile);
        clip.expandBy(tile.getWidth() * VectorTileQuery.BUFFER / VectorTileQuery.EXTENT);
        List<Geometry> geometries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT unit_code, ST_AsBinary(geom) FROM " + table + filter.clause() + " ORDER BY unit_code")) {
            filter.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Geometry footprint = new WKBReader().read(rs.getBytes(2));
                    Geometry drawn =
                            JtsAdapter.createTileGeom(inTileCrs(footprint, q.srid()), tile, GF, params, g -> true);
                    if (drawn != null && !drawn.isEmpty()) {
                        drawn.setUserData(Map.of("unitCode", rs.getString(1)));
                        geometries.add(drawn);
                    }
                }
            } catch (ParseException e) {
                throw new SQLException("a stored footprint is not WKB: " + e.getMessage(), e);
            }
        }
        if (geometries.isEmpty()) {
            return new byte[0];
        }
        return MvtEncoder.encode(
                new JtsMvt(new JtsLayer(q.layer(), geometries, VectorTileQuery.EXTENT)),
                params,
                new UserDataKeyValueMapConverter());
    }

    /** A grid footprint in the tile's CRS: CGCS2000 longitude, latitude, or spherical Mercator metres. */
    private static Geometry inTileCrs(Geometry grid, int srid) {
        Geometry lonLat = transform().toLonLat(grid);
        if (srid == 4490) {
            return lonLat;
        }
        lonLat.apply((CoordinateFilter) (Coordinate p) -> {
            double[] m = mercator(p.x, p.y);
            p.x = m[0];
            p.y = m[1];
        });
        lonLat.geometryChanged();
        return lonLat;
    }

    /** A grid point in the tile's CRS. */
    static double[] inTileCrs(double easting, double northing, int srid) {
        double[] lonLat = transform().toLonLat(easting, northing);
        if (srid == 4490) {
            return lonLat;
        }
        return mercator(lonLat[0], lonLat[1]);
    }

    /** Spherical Mercator metres (EPSG:3857) of a longitude and latitude. */
    private static double[] mercator(double longitude, double latitude) {
        return new double[] {
            Math.toRadians(longitude) * EARTH_RADIUS,
            Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latitude) / 2)) * EARTH_RADIUS
        };
    }

    private static GridTransform transform() {
        GridTransform known = transform;
        if (known == null) {
            known = GridTransform.epsg4549();
            transform = known;
        }
        return known;
    }
}
