package org.strata.web.ogc;

import java.time.Instant;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.port.FeatureFilter;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.port.Queryable;
import org.strata.registry.port.TimeWindow;
import org.strata.web.http.ApiException;

/**
 * What the two CQL2 encodings share: a collection's queryables by name, literals typed by the queryable they are
 * compared with, geometries in the filter's CRS brought to EPSG:4549, and every refusal a 400
 * {@code invalid-filter} saying where. The public may filter by place, time and unit code only: the attributes it
 * does not see cannot be probed through a filter either (403 {@code filter-not-allowed}).
 */
final class Cql2Terms {
    private final FeatureKind kind;
    private final Crs filterCrs;
    private final GridTransform transform;
    private final boolean attributesDisclosed;

    Cql2Terms(FeatureKind kind, Crs filterCrs, GridTransform transform, boolean attributesDisclosed) {
        this.kind = kind;
        this.filterCrs = filterCrs;
        this.transform = transform;
        this.attributesDisclosed = attributesDisclosed;
    }

    /** The queryable with this name. */
    Queryable property(String name, String where) {
        Queryable q = Queryable.of(kind, name)
                .orElseThrow(() -> invalid(
                        where,
                        "'" + name + "' is not a queryable of this collection; its queryables are "
                                + Queryable.names(kind)));
        if (q.attribute() && !attributesDisclosed) {
            throw new ApiException(
                    403,
                    "filter-not-allowed",
                    "the public map shows no attributes, so it is not filtered by them: '" + name
                            + "' (filter by geometry, validity or unitCode)");
        }
        return q;
    }

    /** A scalar queryable, for comparisons. */
    Queryable scalar(String name, String where) {
        Queryable q = property(name, where);
        if (q.type() == Queryable.Type.GEOMETRY || q.type() == Queryable.Type.INTERVAL) {
            throw invalid(where, "'" + name + "' is compared with S_INTERSECTS or T_INTERSECTS, not with an operator");
        }
        return q;
    }

    /** A literal of the queryable's type: a String, or a Long for integers, a Double for numbers. */
    Object literal(Queryable q, Object value, String where) {
        switch (q.type()) {
            case STRING -> {
                if (value instanceof String) {
                    return value;
                }
                throw invalid(where, q.wireName() + " holds text; compare it with a quoted string, not " + value);
            }
            case INTEGER -> {
                if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    return n.longValue();
                }
                throw invalid(where, q.wireName() + " holds whole numbers, not " + shown(value));
            }
            default -> {
                if (value instanceof Number n) {
                    return n.doubleValue();
                }
                throw invalid(where, q.wireName() + " holds numbers, not " + shown(value));
            }
        }
    }

    /** A geometry given in the filter's CRS, in its axis order, as an EPSG:4549 (easting, northing) geometry. */
    FeatureFilter intersects(Geometry given, String where) {
        try {
            Geometry grid =
                    switch (filterCrs) {
                        case CRS84 -> transform.toGrid(given);
                        case EPSG_4549 -> swapped(given);
                        default -> throw invalid(where, "filter-crs " + filterCrs.code() + " is not supported here");
                    };
            return new FeatureFilter.Intersects(grid);
        } catch (IllegalArgumentException e) {
            throw invalid(where, "the geometry cannot be placed: " + e.getMessage());
        }
    }

    /** The validity window of a temporal literal. */
    FeatureFilter during(Optional<Instant> start, Optional<Instant> end, String where) {
        try {
            return new FeatureFilter.ValidDuring(new TimeWindow(start, end));
        } catch (IllegalArgumentException e) {
            throw invalid(where, e.getMessage());
        }
    }

    /** A date, timestamp or {@code ..} as an instant; a date is the whole day, its start or end as asked. */
    Optional<Instant> instant(String text, boolean startOfDay, String where) {
        if (text.equals("..") || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            TimeWindow w = OgcDatetime.parse(text);
            return startOfDay ? w.start() : w.end();
        } catch (ApiException e) {
            throw invalid(where, "'" + text + "' is not a date or an RFC 3339 timestamp");
        }
    }

    static ApiException invalid(String where, String message) {
        return ApiException.badRequest("invalid-filter", "filter " + where + ": " + message);
    }

    private static Geometry swapped(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new org.locationtech.jts.geom.CoordinateFilter() {
            @Override
            public void filter(org.locationtech.jts.geom.Coordinate c) {
                double x = c.x;
                c.x = c.y;
                c.y = x;
            }
        });
        copy.geometryChanged();
        return copy;
    }

    private static String shown(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
