package org.strata.registry.cadastre;

import java.util.Objects;
import java.util.Optional;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;
import org.strata.registry.unit.FixtureLetter;
import org.strata.registry.unit.UnitCode;

/**
 * A unit (户) of a building: an apartment, office suite or shop, as a footprint in EPSG:4549 times a
 * bounded height range in the 1985 datum, with its floor, room label and areas.
 *
 * @param unitCode the unit's code: fixture F, building number, unit number 0001-9999
 * @param buildingCode the code of its building (same parcel and building number, unit number 0000)
 * @param floorNumber the floor it is on
 * @param room the room label people use (e.g. "1203")
 * @param use what it is used for
 * @param footprint the outline, EPSG:4549 easting/northing metres
 * @param heights bottom and top in metres of the 1985 datum
 * @param buildingAreaSquareMetres the construction area (建筑面积), square metres
 * @param innerAreaSquareMetres the inner area (套内建筑面积), square metres
 * @param solid the exact volume when it is not a prism, as convex parts; footprint and heights then bound it
 */
public record BuildingUnit(
        UnitCode unitCode,
        UnitCode buildingCode,
        int floorNumber,
        String room,
        BuildingUse use,
        Footprint footprint,
        HeightRange heights,
        double buildingAreaSquareMetres,
        double innerAreaSquareMetres,
        Optional<Polyhedron> solid) {
    /** A unit whose volume is the prism of its footprint and heights. */
    public BuildingUnit(
            UnitCode unitCode,
            UnitCode buildingCode,
            int floorNumber,
            String room,
            BuildingUse use,
            Footprint footprint,
            HeightRange heights,
            double buildingAreaSquareMetres,
            double innerAreaSquareMetres) {
        this(
                unitCode,
                buildingCode,
                floorNumber,
                room,
                use,
                footprint,
                heights,
                buildingAreaSquareMetres,
                innerAreaSquareMetres,
                Optional.empty());
    }

    /** Checks the codes belong together, the range is bounded and the areas are coherent. */
    public BuildingUnit {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(buildingCode, "buildingCode");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(footprint, "footprint");
        Objects.requireNonNull(heights, "heights");
        Objects.requireNonNull(solid, "solid");
        if (unitCode.fixture() != FixtureLetter.F || unitCode.fixtureNumber().endsWith("0000")) {
            throw new IllegalArgumentException(
                    "unit code " + unitCode + " must be fixture F with a non-zero unit number");
        }
        if (!unitCode.parcel().equals(buildingCode.parcel())
                || !unitCode.fixtureNumber()
                        .substring(0, 4)
                        .equals(buildingCode.fixtureNumber().substring(0, 4))) {
            throw new IllegalArgumentException("unit " + unitCode + " does not belong to building " + buildingCode);
        }
        if (!heights.isBounded()) {
            throw new IllegalArgumentException("unit " + unitCode + " needs bounded heights, not " + heights);
        }
        if (!(buildingAreaSquareMetres > 0)
                || !(innerAreaSquareMetres > 0)
                || innerAreaSquareMetres > buildingAreaSquareMetres) {
            throw new IllegalArgumentException("unit " + unitCode + ": areas must be positive and inner area ("
                    + innerAreaSquareMetres + ") at most the building area (" + buildingAreaSquareMetres + ")");
        }
    }

    /** The unit's volume: its solid, or the prism of its footprint and heights. */
    public Volume volume() {
        return solid.<Volume>map(v -> v).orElseGet(() -> new Prism(footprint, heights));
    }
}
