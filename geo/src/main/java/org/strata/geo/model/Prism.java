package org.strata.geo.model;

import java.util.Objects;

/**
 * A footprint in EPSG:4549 times a height range {@code [bottom, top)} in metres of the 1985 national height
 * datum; either bound may be open, so a plain 2D parcel is the unbounded column over its footprint.
 *
 * @param footprint the plan outline, EPSG:4549 easting/northing metres
 * @param heights the vertical range, 1985 datum metres
 */
public record Prism(Footprint footprint, HeightRange heights) implements Volume {
    /** Checks the fields. */
    public Prism {
        Objects.requireNonNull(footprint, "footprint");
        Objects.requireNonNull(heights, "heights");
    }

    @Override
    public Box3 box() {
        GridBox plan = footprint.box();
        return new Box3(plan, heights);
    }
}
