package org.strata.registry.cadastre;

import java.util.List;
import java.util.Objects;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.registry.unit.FixtureLetter;
import org.strata.registry.unit.UnitCode;

/**
 * A building or structure (幢) as a volume: footprint in EPSG:4549 times a bounded height range in the
 * 1985 datum, with its floors from lowest to highest.
 *
 * @param unitCode the building's code: fixture F, building number, unit number 0000
 * @param name a name for people (e.g. "Tower 3")
 * @param use what the building is for
 * @param footprint the outline, EPSG:4549 easting/northing metres
 * @param heights bottom and top in metres of the 1985 datum
 * @param floors the floors, lowest first, inside {@code heights}
 */
public record Building(
        UnitCode unitCode, String name, BuildingUse use, Footprint footprint, HeightRange heights, List<Floor> floors) {
    /** Checks the code, the bounded range, and that the floors are ordered, distinct and inside the range. */
    public Building {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(footprint, "footprint");
        Objects.requireNonNull(heights, "heights");
        floors = List.copyOf(floors);
        if (unitCode.fixture() != FixtureLetter.F || !unitCode.fixtureNumber().endsWith("0000")) {
            throw new IllegalArgumentException(
                    "building unitCode " + unitCode + " must be fixture F with unit number 0000");
        }
        if (!heights.isBounded()) {
            throw new IllegalArgumentException("building " + unitCode + " needs bounded heights, not " + heights);
        }
        if (floors.isEmpty()) {
            throw new IllegalArgumentException("building " + unitCode + " has no floors");
        }
        double bottom = heights.bottomOrNull();
        double top = heights.topOrNull();
        for (int i = 0; i < floors.size(); i++) {
            Floor floor = floors.get(i);
            if (i > 0 && floors.get(i - 1).number() >= floor.number()) {
                throw new IllegalArgumentException(
                        "building " + unitCode + ": floors must be listed lowest first, without repeats");
            }
            if (floor.heights().bottomOrNull() < bottom || floor.heights().topOrNull() > top) {
                throw new IllegalArgumentException("building " + unitCode + ": floor " + floor.number() + " "
                        + floor.heights() + " lies outside " + heights);
            }
        }
    }

    /** The number of floors above ground. */
    public int floorsAboveGround() {
        return (int) floors.stream().filter(f -> f.number() > 0).count();
    }

    /** The number of floors below ground. */
    public int floorsBelowGround() {
        return (int) floors.stream().filter(f -> f.number() < 0).count();
    }
}
