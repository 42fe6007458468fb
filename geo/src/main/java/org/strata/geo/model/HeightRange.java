package org.strata.geo.model;

import java.util.OptionalDouble;

/**
 * A vertical interval {@code [bottom, top)} in metres of the 1985 national height datum; either bound
 * may be open (absent), so an unbounded column is {@code HeightRange.unbounded()}.
 */
public final class HeightRange {
    private static final HeightRange UNBOUNDED = new HeightRange(Double.NaN, Double.NaN);

    private final double bottomMetres;
    private final double topMetres;

    private HeightRange(double bottomMetres, double topMetres) {
        this.bottomMetres = bottomMetres;
        this.topMetres = topMetres;
    }

    /** A closed range; bottom must lie below top. */
    public static HeightRange of(double bottomMetres, double topMetres) {
        Checks.finite("bottomMetres", bottomMetres);
        Checks.finite("topMetres", topMetres);
        if (!(bottomMetres < topMetres)) {
            throw new IllegalArgumentException(
                    "bottomMetres " + bottomMetres + " must lie below topMetres " + topMetres);
        }
        return new HeightRange(bottomMetres, topMetres);
    }

    /** A range whose absent bounds are open; {@code null} means unbounded on that side. */
    public static HeightRange ofNullable(Double bottomMetres, Double topMetres) {
        if (bottomMetres != null && topMetres != null) {
            return of(bottomMetres, topMetres);
        }
        if (bottomMetres != null) {
            Checks.finite("bottomMetres", bottomMetres);
        }
        if (topMetres != null) {
            Checks.finite("topMetres", topMetres);
        }
        return new HeightRange(
                bottomMetres == null ? Double.NaN : bottomMetres, topMetres == null ? Double.NaN : topMetres);
    }

    /** The column unbounded above and below (a plain 2D parcel read in 3D). */
    public static HeightRange unbounded() {
        return UNBOUNDED;
    }

    /** The bottom in metres (1985 datum), absent when open below. */
    public OptionalDouble bottomMetres() {
        return Double.isNaN(bottomMetres) ? OptionalDouble.empty() : OptionalDouble.of(bottomMetres);
    }

    /** The top in metres (1985 datum), absent when open above. */
    public OptionalDouble topMetres() {
        return Double.isNaN(topMetres) ? OptionalDouble.empty() : OptionalDouble.of(topMetres);
    }

    /** The bottom as a boxed value, {@code null} when open (for storage and serialization). */
    public Double bottomOrNull() {
        return Double.isNaN(bottomMetres) ? null : bottomMetres;
    }

    /** The top as a boxed value, {@code null} when open (for storage and serialization). */
    public Double topOrNull() {
        return Double.isNaN(topMetres) ? null : topMetres;
    }

    /** Whether both bounds are closed. */
    public boolean isBounded() {
        return !Double.isNaN(bottomMetres) && !Double.isNaN(topMetres);
    }

    /** The extent in metres, infinite when either bound is open. */
    public double thicknessMetres() {
        return isBounded() ? topMetres - bottomMetres : Double.POSITIVE_INFINITY;
    }

    /** Whether the open intervals share a stretch of positive length (touching at a plane does not count). */
    public boolean interiorsOverlap(HeightRange other) {
        double lowTop = Math.min(topOrInfinity(), other.topOrInfinity());
        double highBottom = Math.max(bottomOrMinusInfinity(), other.bottomOrMinusInfinity());
        return highBottom < lowTop;
    }

    private double topOrInfinity() {
        return Double.isNaN(topMetres) ? Double.POSITIVE_INFINITY : topMetres;
    }

    private double bottomOrMinusInfinity() {
        return Double.isNaN(bottomMetres) ? Double.NEGATIVE_INFINITY : bottomMetres;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeightRange h
                && Double.compare(bottomMetres, h.bottomMetres) == 0
                && Double.compare(topMetres, h.topMetres) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(bottomMetres) * 31 + Double.hashCode(topMetres);
    }

    @Override
    public String toString() {
        return "[" + (bottomOrNull() == null ? "-inf" : bottomMetres) + ", "
                + (topOrNull() == null ? "+inf" : topMetres) + ") m (1985 datum)";
    }
}
