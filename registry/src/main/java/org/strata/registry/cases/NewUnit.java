package org.strata.registry.cases;

import java.util.Objects;
import java.util.Optional;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.unit.UnitCode;

/**
 * A unit not yet in the cadastre that a first registration brings with it: a parcel or a building unit.
 *
 * @param parcel the parcel, when the unit is a land unit
 * @param buildingUnit the building unit, otherwise
 */
public record NewUnit(Optional<Parcel> parcel, Optional<BuildingUnit> buildingUnit) {
    /** Checks that exactly one is given. */
    public NewUnit {
        Objects.requireNonNull(parcel, "parcel");
        Objects.requireNonNull(buildingUnit, "buildingUnit");
        if (parcel.isPresent() == buildingUnit.isPresent()) {
            throw new IllegalArgumentException("a new unit is either a parcel or a building unit");
        }
    }

    /** The new unit's code. */
    public UnitCode unitCode() {
        return parcel.map(Parcel::unitCode)
                .orElseGet(() -> buildingUnit.orElseThrow().unitCode());
    }

    /** Its stated area, square metres. */
    public double statedAreaSquareMetres() {
        return parcel.map(Parcel::statedAreaSquareMetres)
                .orElseGet(() -> buildingUnit.orElseThrow().buildingAreaSquareMetres());
    }
}
