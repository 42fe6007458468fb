package org.strata.data.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;
import org.strata.geo.model.GridBox;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.port.TimeWindow;

/**
 * The WHERE clause of an area query, written once for both databases: the dialect's index-driven box test, the
 * exact {@code ST_Intersects}, and the open height-interval overlap.
 */
final class AreaFilter {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * The feature's registration was valid in a window (arguments: the window's end, then its start): it began by
     * the end and had not ended by the start.
     */
    static final String VALIDITY_TEST = "EXISTS (SELECT 1 FROM unit_validity v WHERE " + standsFor("unit_code")
            + " AND v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?))";

    private final Dialect dialect;
    private final String clause;
    private final List<Object> arguments;

    private AreaFilter(Dialect dialect, String clause, List<Object> arguments) {
        this.dialect = dialect;
        this.clause = clause;
        this.arguments = arguments;
    }

    static AreaFilter of(AreaQuery query, Dialect dialect) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (query.box().isPresent()) {
            GridBox b = query.box().get();
            // a box of no width or height is a point or a line: written as such, since a degenerate polygon
            // intersects nothing in PostGIS
            Geometry area =
                    FACTORY.toGeometry(new Envelope(b.minEasting(), b.maxEasting(), b.minNorthing(), b.maxNorthing()));
            byte[] wkb = new WKBWriter(2).write(area);
            parts.add(dialect.boxTest() + " AND ST_Intersects(geom, ST_GeomFromWKB(?, 4549))");
            args.add(b);
            args.add(wkb);
        }
        Double windowTop = query.heights().topOrNull();
        if (windowTop != null) {
            parts.add("(bottom_m IS NULL OR bottom_m < ?)");
            args.add(windowTop);
        }
        Double windowBottom = query.heights().bottomOrNull();
        if (windowBottom != null) {
            parts.add("(top_m IS NULL OR top_m > ?)");
            args.add(windowBottom);
        }
        if (query.validDuring().isPresent()) {
            TimeWindow w = query.validDuring().get();
            parts.add(VALIDITY_TEST);
            args.add(w.end().orElse(LATEST));
            args.add(w.start().orElse(EARLIEST));
        }
        query.filter().ifPresent(f -> parts.add(FilterSql.of(f, dialect, args)));
        String clause = parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
        return new AreaFilter(dialect, clause, args);
    }

    /**
     * Whether the validity row {@code v} belongs to the feature whose code is in {@code column}: its own, or — for
     * a code zero-filled at its end — a unit under it: a parcel's land code (…W00000000) stands for every unit on
     * the parcel (its first 19 characters), a building's code (…0000) for the units of the building (its first 24).
     */
    static String standsFor(String column) {
        return "(v.code = " + column
                + " OR (substr(" + column + ", 21, 8) = '00000000' AND v.code > substr(" + column + ", 1, 19)"
                + " AND v.code < substr(" + column + ", 1, 19) || 'ZZZZZZZZZ')"
                + " OR (substr(" + column + ", 25, 4) = '0000' AND v.code > substr(" + column + ", 1, 24)"
                + " AND v.code < substr(" + column + ", 1, 24) || 'ZZZZ'))";
    }

    String clause() {
        return clause;
    }

    /** Binds the arguments from parameter index {@code first}; returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object argument : arguments) {
            if (argument instanceof GridBox box) {
                index = dialect.bindBox(statement, index, box);
            } else if (argument instanceof Instant at) {
                dialect.setInstant(statement, index++, at);
            } else if (argument instanceof byte[] wkb) {
                statement.setBytes(index++, wkb);
            } else if (argument instanceof String text) {
                statement.setString(index++, text);
            } else if (argument instanceof Long whole) {
                statement.setLong(index++, whole);
            } else {
                statement.setDouble(index++, ((Number) argument).doubleValue());
            }
        }
        return index;
    }
}
