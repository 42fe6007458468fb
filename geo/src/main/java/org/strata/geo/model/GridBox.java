package org.strata.geo.model;

/**
 * An axis-aligned box in EPSG:4549 grid coordinates: easting and northing in metres.
 *
 * @param minEasting west edge, metres
 * @param minNorthing south edge, metres
 * @param maxEasting east edge, metres
 * @param maxNorthing north edge, metres
 */
public record GridBox(double minEasting, double minNorthing, double maxEasting, double maxNorthing) {
    /** Checks that every edge is finite and that min does not exceed max. */
    public GridBox {
        Checks.finite("minEasting", minEasting);
        Checks.finite("minNorthing", minNorthing);
        Checks.finite("maxEasting", maxEasting);
        Checks.finite("maxNorthing", maxNorthing);
        if (minEasting > maxEasting) {
            throw new IllegalArgumentException("minEasting " + minEasting + " exceeds maxEasting " + maxEasting);
        }
        if (minNorthing > maxNorthing) {
            throw new IllegalArgumentException("minNorthing " + minNorthing + " exceeds maxNorthing " + maxNorthing);
        }
    }

    /** Whether the boxes share at least a point. */
    public boolean intersects(GridBox other) {
        return minEasting <= other.maxEasting
                && other.minEasting <= maxEasting
                && minNorthing <= other.maxNorthing
                && other.minNorthing <= maxNorthing;
    }

    /** The smallest box holding both this box and another. */
    public GridBox union(GridBox other) {
        return new GridBox(
                Math.min(minEasting, other.minEasting),
                Math.min(minNorthing, other.minNorthing),
                Math.max(maxEasting, other.maxEasting),
                Math.max(maxNorthing, other.maxNorthing));
    }
}
