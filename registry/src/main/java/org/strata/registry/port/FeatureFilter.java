package org.strata.registry.port;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A filter on features, as OGC API – Features Part 3 (CQL2) expresses it, independent of any store: comparisons of a
 * queryable with literals, their logical combinations, the spatial intersection with an EPSG:4549 geometry and the
 * temporal intersection of the registration's legal validity with a window. Stores translate it into their own query
 * language; nothing is evaluated over a whole table in Java.
 */
public sealed interface FeatureFilter {
    /** A comparison operator. */
    enum Op {
        EQ("="),
        NE("<>"),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        /** The operator as SQL writes it. */
        public String sql() {
            return sql;
        }

        /** The operator written this way ({@code =}, {@code <>}, {@code <}, {@code <=}, {@code >}, {@code >=}). */
        public static java.util.Optional<Op> ofSql(String text) {
            for (Op op : values()) {
                if (op.sql.equals(text)) {
                    return java.util.Optional.of(op);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** {@code property op value}; the value is a String, a Double or a Long. */
    record Compare(Queryable property, Op op, Object value) implements FeatureFilter {
        /** Checks the fields. */
        public Compare {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code property LIKE pattern} with {@code %} and {@code _} wildcards. */
    record Like(Queryable property, String pattern) implements FeatureFilter {}

    /** {@code property BETWEEN low AND high}, ends included. */
    record Between(Queryable property, Object low, Object high) implements FeatureFilter {}

    /** {@code property IN (values)}. */
    record In(Queryable property, List<Object> values) implements FeatureFilter {
        /** Copies the values. */
        public In {
            values = List.copyOf(values);
        }
    }

    /** {@code property IS NULL}. */
    record IsNull(Queryable property) implements FeatureFilter {}

    /** All of the parts. */
    record And(List<FeatureFilter> parts) implements FeatureFilter {
        /** Copies the parts. */
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** Any of the parts. */
    record Or(List<FeatureFilter> parts) implements FeatureFilter {
        /** Copies the parts. */
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** Not the part. */
    record Not(FeatureFilter part) implements FeatureFilter {}

    /** The feature's footprint intersects a geometry in EPSG:4549 (easting, northing). */
    record Intersects(Geometry geometry) implements FeatureFilter {}

    /** The feature's registration was legally valid at some moment of the window. */
    record ValidDuring(TimeWindow window) implements FeatureFilter {}
}
