package org.strata.registry.cadastre;

import java.util.Objects;
import org.strata.geo.model.HeightRange;

/**
 * A floor (层) of a building: its number (1, 2, ... above ground; -1, -2, ... below) and its bounded
 * height range in metres of the 1985 datum.
 *
 * @param number floor number, never 0
 * @param heights floor-to-floor range, bounded
 */
public record Floor(int number, HeightRange heights) {
    /** Checks the number and that the range is bounded. */
    public Floor {
        Objects.requireNonNull(heights, "heights");
        if (number == 0) {
            throw new IllegalArgumentException(
                    "floor number 0 does not exist (1 is the ground floor, -1 the first basement)");
        }
        if (!heights.isBounded()) {
            throw new IllegalArgumentException("floor " + number + " needs a bounded height range, not " + heights);
        }
    }
}
