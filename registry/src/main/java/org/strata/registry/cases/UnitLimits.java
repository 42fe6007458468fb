package org.strata.registry.cases;

import java.util.Optional;
import org.strata.geo.crs.AreaOfUse;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Polyhedron;

/**
 * The size a registered unit may have: inside EPSG:4549's area of use and the heights of the 1985 datum a volume
 * may reach, at most {@link #MAX_EXTENT_METRES} across, at most {@link #MAX_VERTICES} footprint vertices and
 * {@link #MAX_SOLID_POINTS} solid points. A register that holds a unit keeps serving it on every map page, so a
 * unit too large to serve is refused before it is written.
 */
public final class UnitLimits {
    /** Most vertices of a footprint, holes included. */
    public static final int MAX_VERTICES = 10_000;
    /** Most holes in a footprint. */
    public static final int MAX_HOLES = 500;
    /** Most points of a solid, over all its faces. */
    public static final int MAX_SOLID_POINTS = 50_000;
    /** Widest extent of a unit, east-west or north-south: 20 km. */
    public static final double MAX_EXTENT_METRES = 20_000;

    private UnitLimits() {}

    /**
     * Checks a unit's geometry.
     *
     * @throws CaseException INVALID with code {@code outside-area-of-use} or {@code unit-too-large}
     */
    public static void check(Footprint footprint, HeightRange heights, Optional<Polyhedron> solid) {
        int vertices = footprint.polygon().getNumPoints();
        if (vertices > MAX_VERTICES) {
            throw tooLarge("its footprint has " + vertices + " vertices; at most " + MAX_VERTICES);
        }
        int holes = footprint.polygon().getNumInteriorRing();
        if (holes > MAX_HOLES) {
            throw tooLarge("its footprint has " + holes + " holes; at most " + MAX_HOLES);
        }
        GridBox box = footprint.box();
        if (!AreaOfUse.contains(box.minEasting(), box.minNorthing())
                || !AreaOfUse.contains(box.maxEasting(), box.maxNorthing())) {
            throw CaseException.invalid(
                    "outside-area-of-use", "the unit's footprint reaches outside " + AreaOfUse.describe());
        }
        double width = Math.max(box.maxEasting() - box.minEasting(), box.maxNorthing() - box.minNorthing());
        if (width > MAX_EXTENT_METRES) {
            throw tooLarge("it is " + Math.round(width) + " m across; at most " + (long) MAX_EXTENT_METRES + " m");
        }
        for (Double h : new Double[] {heights.bottomOrNull(), heights.topOrNull()}) {
            if (h != null && !AreaOfUse.containsHeight(h)) {
                throw CaseException.invalid(
                        "outside-area-of-use",
                        "height " + h + " m lies outside " + AreaOfUse.LOWEST_METRES + " to " + AreaOfUse.HIGHEST_METRES
                                + " m of the 1985 national height datum");
            }
        }
        int points = solid.map(UnitLimits::points).orElse(0);
        if (points > MAX_SOLID_POINTS) {
            throw tooLarge("its solid has " + points + " points; at most " + MAX_SOLID_POINTS);
        }
    }

    /** Longest location or room text, in characters. */
    public static final int MAX_TEXT_CHARS = 1000;

    /** Checks a new unit brought by a first registration. */
    static void check(NewUnit unit) {
        unit.parcel().ifPresent(p -> {
            text("location", p.location());
            check(p.footprint(), p.heights(), p.solid());
        });
        unit.buildingUnit().ifPresent(b -> {
            text("room", b.room());
            check(b.footprint(), b.heights(), b.solid());
        });
    }

    private static void text(String name, String value) {
        if (value.length() > MAX_TEXT_CHARS) {
            throw CaseException.invalid(
                    "text-too-long",
                    "unit." + name + " is " + value.length() + " characters long; at most " + MAX_TEXT_CHARS);
        }
    }

    private static int points(Polyhedron p) {
        return p.parts().stream()
                .flatMap(s -> s.faces().stream())
                .flatMap(f -> f.rings().stream())
                .mapToInt(java.util.List::size)
                .sum();
    }

    private static CaseException tooLarge(String why) {
        return CaseException.invalid("unit-too-large", "the unit is too large to register: " + why);
    }
}
