package org.strata.registry.port;

import java.util.List;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.party.Party;
import org.strata.registry.right.Right;

/**
 * A set of cadastre records written together in one transaction.
 *
 * @param parcels parcels
 * @param buildings buildings with their floors
 * @param units building units
 * @param parties parties
 * @param rights rights, referring to the parties and units above or already stored
 */
public record CadastreContents(
        List<Parcel> parcels,
        List<Building> buildings,
        List<BuildingUnit> units,
        List<Party> parties,
        List<Right> rights) {
    /** Copies the lists. */
    public CadastreContents {
        parcels = List.copyOf(parcels);
        buildings = List.copyOf(buildings);
        units = List.copyOf(units);
        parties = List.copyOf(parties);
        rights = List.copyOf(rights);
    }
}
