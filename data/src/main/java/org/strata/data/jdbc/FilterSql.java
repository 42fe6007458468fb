package org.strata.data.jdbc;

import java.util.Collections;
import java.util.List;
import org.locationtech.jts.io.WKBWriter;
import org.strata.geo.model.GridBox;
import org.strata.registry.port.FeatureFilter;
import org.strata.registry.port.Queryable;

/**
 * A CQL2 filter ({@link FeatureFilter}) as SQL, the same for PostGIS and SQLite: each queryable its column, each
 * literal a bound argument, the spatial test the dialect's index-driven box test with the exact
 * {@code ST_Intersects}, the temporal test the unit's recorded validity.
 */
final class FilterSql {
    private final Dialect dialect;
    private final List<Object> arguments;

    private FilterSql(Dialect dialect, List<Object> arguments) {
        this.dialect = dialect;
        this.arguments = arguments;
    }

    /** The SQL condition of a filter; its arguments are added to {@code arguments} in order. */
    static String of(FeatureFilter filter, Dialect dialect, List<Object> arguments) {
        return new FilterSql(dialect, arguments).sql(filter);
    }

    private String sql(FeatureFilter f) {
        if (f instanceof FeatureFilter.Compare c) {
            arguments.add(c.value());
            return column(c.property()) + " " + c.op().sql() + " ?";
        }
        if (f instanceof FeatureFilter.Like l) {
            arguments.add(l.pattern());
            return column(l.property()) + " LIKE ? ESCAPE '\\'";
        }
        if (f instanceof FeatureFilter.Between b) {
            arguments.add(b.low());
            arguments.add(b.high());
            return column(b.property()) + " BETWEEN ? AND ?";
        }
        if (f instanceof FeatureFilter.In in) {
            arguments.addAll(in.values());
            return column(in.property()) + " IN ("
                    + String.join(", ", Collections.nCopies(in.values().size(), "?")) + ")";
        }
        if (f instanceof FeatureFilter.IsNull n) {
            return column(n.property()) + " IS NULL";
        }
        if (f instanceof FeatureFilter.And a) {
            return joined(a.parts(), " AND ");
        }
        if (f instanceof FeatureFilter.Or o) {
            return joined(o.parts(), " OR ");
        }
        if (f instanceof FeatureFilter.Not n) {
            return "NOT (" + sql(n.part()) + ")";
        }
        if (f instanceof FeatureFilter.Intersects i) {
            org.locationtech.jts.geom.Envelope e = i.geometry().getEnvelopeInternal();
            arguments.add(new GridBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
            arguments.add(new WKBWriter(2).write(i.geometry()));
            return "(" + dialect.boxTest() + " AND ST_Intersects(geom, ST_GeomFromWKB(?, 4549)))";
        }
        FeatureFilter.ValidDuring v = (FeatureFilter.ValidDuring) f;
        arguments.add(v.window().end().orElse(AreaFilter.LATEST));
        arguments.add(v.window().start().orElse(AreaFilter.EARLIEST));
        return AreaFilter.VALIDITY_TEST;
    }

    private String joined(List<FeatureFilter> parts, String operator) {
        return "(" + String.join(operator, parts.stream().map(this::sql).toList()) + ")";
    }

    private static String column(Queryable q) {
        return switch (q) {
            case UNIT_CODE -> "unit_code";
            case LAND_USE -> "land_use";
            case LOCATION -> "location";
            case STATED_AREA -> "stated_area";
            case COMPUTED_AREA -> "computed_area";
            case NAME -> "name";
            case USE -> "use_class";
            case FLOORS_ABOVE -> "floors_above";
            case FLOORS_BELOW -> "floors_below";
            case FOOTPRINT_AREA -> "footprint_area";
            case BUILDING_CODE -> "building_code";
            case FLOOR -> "floor_number";
            case ROOM -> "room";
            case BUILDING_AREA -> "building_area";
            case INNER_AREA -> "inner_area";
            case BOTTOM, LOWER -> "bottom_m";
            case TOP, UPPER -> "top_m";
            case GEOMETRY, VALIDITY -> throw new IllegalArgumentException(
                    q.wireName() + " is compared by its function");
        };
    }
}
