package org.strata.registry.port;

import static org.strata.registry.port.CadastreFixtures.building;
import static org.strata.registry.port.CadastreFixtures.footprint;
import static org.strata.registry.port.CadastreFixtures.rectangle;
import static org.strata.registry.port.CadastreFixtures.surfaceParcel;
import static org.strata.registry.port.CadastreFixtures.unit;

import java.util.List;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;

/** The cadastre the store contracts write: an L-shaped parcel with a tower of two units, and its east neighbour. */
final class CadastreSample {
    static final Parcel L_SHAPED = surfaceParcel(
            1, footprint(new double[][] {{0, 0}, {100, 0}, {100, 40}, {40, 40}, {40, 100}, {0, 100}, {0, 0}}));
    static final Parcel EAST = surfaceParcel(2, rectangle(100, 0, 200, 100));
    static final Building TOWER = building(L_SHAPED, 1, rectangle(5, 5, 35, 35), 10);
    static final BuildingUnit LOW = unit(TOWER, 1, 1);
    static final BuildingUnit HIGH = unit(TOWER, 9, 2);

    private CadastreSample() {}

    /** All of it, to write in one go. */
    static CadastreContents contents() {
        return new CadastreContents(List.of(L_SHAPED, EAST), List.of(TOWER), List.of(LOW, HIGH));
    }
}
