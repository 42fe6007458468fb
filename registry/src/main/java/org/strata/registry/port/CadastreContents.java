package org.strata.registry.port;

import java.util.List;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;

/**
 * A set of cadastre records written together in one transaction.
 *
 * @param parcels parcels
 * @param buildings buildings with their floors
 * @param units building units
 */
public record CadastreContents(List<Parcel> parcels, List<Building> buildings, List<BuildingUnit> units) {
    /** Copies the lists. */
    public CadastreContents {
        parcels = List.copyOf(parcels);
        buildings = List.copyOf(buildings);
        units = List.copyOf(units);
    }
}
