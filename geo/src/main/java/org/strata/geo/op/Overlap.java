package org.strata.geo.op;

/**
 * How two volumes meet.
 *
 * @param interiorsOverlap whether their interiors share volume (touching faces, edges or points do not)
 * @param cubicMetres the shared volume, infinite when both are unbounded in the same direction over a shared area
 */
public record Overlap(boolean interiorsOverlap, double cubicMetres) {
    /** No shared interior. */
    public static final Overlap NONE = new Overlap(false, 0);

    /** Whether the shared volume is unbounded. */
    public boolean unbounded() {
        return Double.isInfinite(cubicMetres);
    }
}
