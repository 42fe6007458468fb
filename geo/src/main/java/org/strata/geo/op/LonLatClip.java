package org.strata.geo.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.geo.model.LonLatBox;

/**
 * A CRS84 bounding box as OGC API – Features reads it (Part 1, 7.15.3: a box whose west edge lies east of its east
 * edge crosses the antimeridian), clipped to an area of use: the part of the box a projected CRS can hold, or none.
 */
public final class LonLatClip {
    private LonLatClip() {}

    /**
     * The parts of a box on either side of the antimeridian: one box, or two when {@code west > east}.
     *
     * @throws IllegalArgumentException when a longitude is outside [-180, 180], a latitude outside [-90, 90], or
     *     south lies north of north
     */
    public static List<LonLatBox> parts(double west, double south, double east, double north) {
        if (west <= east) {
            return List.of(new LonLatBox(west, south, east, north));
        }
        return List.of(new LonLatBox(west, south, 180, north), new LonLatBox(-180, south, east, north));
    }

    /** The part of the box inside the area, if they share any point; the bounding box of the parts inside. */
    public static Optional<LonLatBox> within(double west, double south, double east, double north, LonLatBox area) {
        List<LonLatBox> inside = new ArrayList<>();
        for (LonLatBox part : parts(west, south, east, north)) {
            double w = Math.max(part.minLongitude(), area.minLongitude());
            double s = Math.max(part.minLatitude(), area.minLatitude());
            double e = Math.min(part.maxLongitude(), area.maxLongitude());
            double n = Math.min(part.maxLatitude(), area.maxLatitude());
            if (w <= e && s <= n) {
                inside.add(new LonLatBox(w, s, e, n));
            }
        }
        return inside.stream()
                .reduce((a, b) -> new LonLatBox(
                        Math.min(a.minLongitude(), b.minLongitude()),
                        Math.min(a.minLatitude(), b.minLatitude()),
                        Math.max(a.maxLongitude(), b.maxLongitude()),
                        Math.max(a.maxLatitude(), b.maxLatitude())));
    }
}
