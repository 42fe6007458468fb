package org.strata.geo.model;

/**
 * An axis-aligned 3D box: a plan box in EPSG:4549 and a height range in metres of the 1985 datum (open
 * bounds infinite).
 *
 * @param plan the plan box
 * @param heights the height range
 */
public record Box3(GridBox plan, HeightRange heights) {
    /** The smallest box holding both. */
    public Box3 union(Box3 other) {
        Double bottom = heights.bottomOrNull() == null || other.heights.bottomOrNull() == null
                ? null
                : Math.min(heights.bottomOrNull(), other.heights.bottomOrNull());
        Double top = heights.topOrNull() == null || other.heights.topOrNull() == null
                ? null
                : Math.max(heights.topOrNull(), other.heights.topOrNull());
        return new Box3(plan.union(other.plan), HeightRange.ofNullable(bottom, top));
    }
}
