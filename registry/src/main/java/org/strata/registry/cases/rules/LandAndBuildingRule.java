package org.strata.registry.cases.rules;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * Land and the building on it go together (房地一体, Civil Code arts. 352, 356, 357): a building unit is first
 * registered to the holders of the registered land-use right it stands on.
 */
public final class LandAndBuildingRule implements Rule {
    /** A time after every lapse, for reading who holds the land (holding does not lapse). */
    private static final Instant END_OF_REGISTER = Instant.parse("9999-12-31T00:00:00Z");

    private final Function<UnitCode, List<RegisterEvent>> register;

    /**
     * The rule reading the land unit's events from the register.
     *
     * @param register a unit's events, in chain order
     */
    public LandAndBuildingRule(Function<UnitCode, List<RegisterEvent>> register) {
        this.register = register;
    }

    @Override
    public String code() {
        return "land-and-building-together";
    }

    @Override
    public String explanation() {
        return "Land and building go together (房地一体): a building unit is first registered to the holders of the"
                + " registered land-use right of the parcel it stands on, so land and building never have different"
                + " holders (Civil Code arts. 352, 356, 357).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.FIRST || a.unitCode().isLandUnit()) {
            return List.of();
        }
        UnitCode land = UnitCode.landOf(a.unitCode().parcel());
        UnitState landState = UnitStateFolder.current(land, register.apply(land), END_OF_REGISTER);
        if (!landState.registered()
                || RegisteredParty.idNumbers(landState.holders())
                        .equals(RegisteredParty.idNumbers(a.partiesIn(PartyRole.HOLDER)))) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                landState.ownershipEventId(),
                "building unit " + a.unitCode() + " stands on land unit " + land + ", held by "
                        + TransferorsAreHoldersRule.describe(landState.holders())
                        + "; land and building are registered to the same holders (Civil Code arts. 352, 356)"));
    }
}
