package org.strata.data.embedded;

import java.sql.Connection;
import java.sql.SQLException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.Function;

/**
 * The spatial SQL functions the stores' shared SQL uses, given to SQLite over JTS: geometries are kept as WKB blobs,
 * so {@code ST_GeomFromWKB} and {@code ST_AsBinary} pass them through, {@code ST_Intersects} decides exactly, and
 * {@code ST_XMin}…{@code ST_YMax} give the box the R*Tree keeps.
 */
final class SpatialFunctions {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private SpatialFunctions() {}

    /** Registers the functions on a connection. */
    static void register(Connection connection) throws SQLException {
        int deterministic = Function.FLAG_DETERMINISTIC;
        Function.create(connection, "ST_GeomFromWKB", new PassThrough(), 2, deterministic);
        Function.create(connection, "ST_AsBinary", new PassThrough(), 1, deterministic);
        Function.create(connection, "ST_Intersects", new Intersects(), 2, deterministic);
        Function.create(connection, "ST_XMin", new Bound(0), 1, deterministic);
        Function.create(connection, "ST_XMax", new Bound(1), 1, deterministic);
        Function.create(connection, "ST_YMin", new Bound(2), 1, deterministic);
        Function.create(connection, "ST_YMax", new Bound(3), 1, deterministic);
    }

    private static Geometry read(byte[] wkb) throws SQLException {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader(FACTORY).read(wkb);
        } catch (ParseException e) {
            throw new SQLException("a stored geometry is not WKB: " + e.getMessage(), e);
        }
    }

    /** The first argument, unchanged. */
    private static final class PassThrough extends Function {
        @Override
        protected void xFunc() throws SQLException {
            byte[] wkb = value_blob(0);
            if (wkb == null) {
                result();
            } else {
                result(wkb);
            }
        }
    }

    /** Whether two geometries share a point: 1 or 0. */
    private static final class Intersects extends Function {
        @Override
        protected void xFunc() throws SQLException {
            Geometry a = read(value_blob(0));
            Geometry b = read(value_blob(1));
            if (a == null || b == null) {
                result();
            } else {
                result(a.intersects(b) ? 1 : 0);
            }
        }
    }

    /** One edge of a geometry's box: 0 min x, 1 max x, 2 min y, 3 max y. */
    private static final class Bound extends Function {
        private final int edge;

        Bound(int edge) {
            this.edge = edge;
        }

        @Override
        protected void xFunc() throws SQLException {
            Geometry g = read(value_blob(0));
            if (g == null || g.isEmpty()) {
                result();
                return;
            }
            Envelope e = g.getEnvelopeInternal();
            result(
                    switch (edge) {
                        case 0 -> e.getMinX();
                        case 1 -> e.getMaxX();
                        case 2 -> e.getMinY();
                        default -> e.getMaxY();
                    });
        }
    }
}
