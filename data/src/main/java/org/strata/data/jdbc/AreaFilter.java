package org.strata.data.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.strata.geo.model.GridBox;
import org.strata.registry.port.AreaQuery;

/**
 * The WHERE clause of an area query, written once for both databases: an index-driven {@code &&} box
 * test, the exact {@code ST_Intersects}, and the open height-interval overlap.
 */
final class AreaFilter {
    private final String clause;
    private final List<Double> arguments;

    private AreaFilter(String clause, List<Double> arguments) {
        this.clause = clause;
        this.arguments = arguments;
    }

    static AreaFilter of(AreaQuery query) {
        List<String> parts = new ArrayList<>();
        List<Double> args = new ArrayList<>();
        if (query.box().isPresent()) {
            GridBox b = query.box().get();
            String envelope = "ST_MakeEnvelope(?, ?, ?, ?, 4549)";
            parts.add("geom && " + envelope + " AND ST_Intersects(geom, " + envelope + ")");
            for (int i = 0; i < 2; i++) {
                args.add(b.minEasting());
                args.add(b.minNorthing());
                args.add(b.maxEasting());
                args.add(b.maxNorthing());
            }
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
        String clause = parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
        return new AreaFilter(clause, args);
    }

    String clause() {
        return clause;
    }

    /** Binds the arguments from parameter index {@code first}; returns the next free index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Double argument : arguments) {
            statement.setDouble(index++, argument);
        }
        return index;
    }
}
