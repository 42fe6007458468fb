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
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.strata.registry.port.VectorTileQuery;

/**
 * Overview vector tiles, for views where a feature is a pixel or two: the tile is cut into a grid and every cell that
 * some features' boxes cover is one square with their count ({@code features}). On PostGIS the database spreads the
 * boxes over the cells, groups and encodes them; on the embedded store the same cells are counted here and encoded by
 * the MVT library. Either way a tile stays a few thousand squares however many features it covers.
 */
final class OverviewTiles {
    /** The property holding a cell's count. */
    static final String COUNT = "features";

    private static final GeometryFactory GF = new GeometryFactory();

    private OverviewTiles() {}

    static byte[] tile(Connection c, String table, VectorTileQuery q, AreaFilter filter) throws SQLException {
        return Dialect.of(c) == Dialect.POSTGIS ? database(c, table, q, filter) : counted(c, table, q, filter);
    }

    private static byte[] database(Connection c, String table, VectorTileQuery q, AreaFilter filter)
            throws SQLException {
        int n = q.overviewCells();
        String w = Double.toString((q.maxX() - q.minX()) / n);
        String h = Double.toString((q.maxY() - q.minY()) / n);
        String west = Double.toString(q.minX());
        String north = Double.toString(q.maxY());
        String cell = "floor((ST_XMin(b) - " + west + ") / " + w + ")::int";
        String sql = "SELECT ST_AsMVT(t, ?, " + VectorTileQuery.EXTENT + ", 'geom') FROM (SELECT count(*)::int AS \""
                + COUNT + "\", ST_AsMVTGeom(ST_MakeEnvelope(" + west + " + cx * " + w + ", " + north + " - (cy + 1) * "
                + h + ", " + west + " + (cx + 1) * " + w + ", " + north + " - cy * " + h + ", " + q.srid()
                + "), ST_MakeEnvelope(?, ?, ?, ?, " + q.srid() + "), " + VectorTileQuery.EXTENT + ", 0, true) AS geom"
                + " FROM (SELECT ST_Transform(ST_Envelope(geom), " + q.srid() + ") AS b FROM " + table
                + filter.clause() + ") s,"
                + " LATERAL generate_series(greatest(0, " + cell + "), least(" + (n - 1) + ", "
                + cell.replace("XMin", "XMax") + ")) cx,"
                + " LATERAL generate_series(greatest(0, floor((" + north + " - ST_YMax(b)) / " + h + ")::int), least("
                + (n - 1) + ", floor((" + north + " - ST_YMin(b)) / " + h + ")::int)) cy"
                + " GROUP BY cx, cy ORDER BY cy, cx) t WHERE geom IS NOT NULL";
        return VectorTiles.mvt(c, sql, q, filter);
    }

    /** A grid box in the tile's CRS: the box of its four corners there, as PostGIS transforms an envelope. */
    private static Envelope inTileCrs(Envelope grid, int srid) {
        Envelope box = new Envelope();
        for (double x : new double[] {grid.getMinX(), grid.getMaxX()}) {
            for (double y : new double[] {grid.getMinY(), grid.getMaxY()}) {
                double[] p = VectorTiles.inTileCrs(x, y, srid);
                box.expandToInclude(p[0], p[1]);
            }
        }
        return box;
    }

    private static byte[] counted(Connection c, String table, VectorTileQuery q, AreaFilter filter)
            throws SQLException {
        int n = q.overviewCells();
        int[] counts = new int[n * n];
        double w = (q.maxX() - q.minX()) / n;
        double h = (q.maxY() - q.minY()) / n;
        WKBReader reader = new WKBReader();
        try (PreparedStatement s = c.prepareStatement("SELECT ST_AsBinary(geom) FROM " + table + filter.clause())) {
            filter.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Envelope box = inTileCrs(reader.read(rs.getBytes(1)).getEnvelopeInternal(), q.srid());
                    int west = Math.max(0, (int) Math.floor((box.getMinX() - q.minX()) / w));
                    int east = Math.min(n - 1, (int) Math.floor((box.getMaxX() - q.minX()) / w));
                    int top = Math.max(0, (int) Math.floor((q.maxY() - box.getMaxY()) / h));
                    int bottom = Math.min(n - 1, (int) Math.floor((q.maxY() - box.getMinY()) / h));
                    for (int cy = top; cy <= bottom; cy++) {
                        for (int cx = west; cx <= east; cx++) {
                            counts[cy * n + cx]++;
                        }
                    }
                }
            } catch (ParseException e) {
                throw new SQLException("a stored footprint is not WKB: " + e.getMessage(), e);
            }
        }
        Envelope tile = new Envelope(q.minX(), q.maxX(), q.minY(), q.maxY());
        MvtLayerParams params = new MvtLayerParams(VectorTileQuery.EXTENT);
        List<Geometry> squares = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double x = q.minX() + (i % n) * w;
            double y = q.maxY() - (i / n + 1) * h;
            Geometry square = JtsAdapter.createTileGeom(
                    GF.toGeometry(new Envelope(x, x + w, y, y + h)), tile, GF, params, g -> true);
            if (square != null && !square.isEmpty()) {
                square.setUserData(Map.of(COUNT, counts[i]));
                squares.add(square);
            }
        }
        if (squares.isEmpty()) {
            return new byte[0];
        }
        return MvtEncoder.encode(
                new JtsMvt(new JtsLayer(q.layer(), squares, VectorTileQuery.EXTENT)),
                params,
                new UserDataKeyValueMapConverter());
    }
}
