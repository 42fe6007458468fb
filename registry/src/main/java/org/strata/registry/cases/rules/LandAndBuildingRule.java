package org.strata.registry.cases.rules;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisterReader;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * Land and the building on it go together (房地一体, Civil Code arts. 352, 356, 357, 397): a building unit is first
 * registered to the holders of the registered land-use right it stands on, and once building units stand registered
 * on a parcel its land is transferred, mortgaged or promised only with them, each unit carrying its share of the land.
 */
public final class LandAndBuildingRule implements Rule {
    /** A time after every lapse, for reading who holds the land (holding does not lapse). */
    private static final Instant END_OF_REGISTER = Instant.parse("9999-12-31T00:00:00Z");

    /** Dispositions of land that would part it from the building units on it. */
    private static final Set<RegistrationType> LAND_DISPOSALS =
            EnumSet.of(RegistrationType.TRANSFER, RegistrationType.MORTGAGE, RegistrationType.ADVANCE_NOTICE);

    private final RegisterReader register;

    /**
     * The rule reading the parcel's other units from the register.
     *
     * @param register the register
     */
    public LandAndBuildingRule(RegisterReader register) {
        this.register = register;
    }

    @Override
    public String code() {
        return "land-and-building-together";
    }

    @Override
    public String explanation() {
        return "Land and building go together (房地一体): a building unit is first registered to the holders of the"
                + " registered land-use right of the parcel it stands on (Civil Code arts. 352, 356); once building"
                + " units stand registered on a parcel, its land unit is first registered alone only to whoever holds"
                + " them all, and is not transferred, mortgaged or promised by"
                + " advance notice on its own — the building units are, each carrying the land's area apportioned by"
                + " building area, shown as landShare on its certificate (arts. 356, 357, 397).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.unitCode().isLandUnit()) {
            if (a.type() == RegistrationType.FIRST) {
                return landFirst(a);
            }
            return LAND_DISPOSALS.contains(a.type()) ? landAlone(a) : List.of();
        }
        if (a.type() != RegistrationType.FIRST) {
            return List.of();
        }
        UnitCode land = UnitCode.landOf(a.unitCode().parcel());
        UnitState landState = UnitStateFolder.current(land, register.eventsOf(land), END_OF_REGISTER);
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

    /** The registered building units on the land's parcel, by code. */
    private Map<UnitCode, UnitState> buildingsOn(UnitCode land) {
        Map<UnitCode, UnitState> out = new java.util.TreeMap<>();
        register.eventsOnParcel(land.parcel()).forEach((unit, events) -> {
            if (!unit.isLandUnit()) {
                UnitState s = UnitStateFolder.current(unit, events, END_OF_REGISTER);
                if (s.registered() && !s.cancelled()) {
                    out.put(unit, s);
                }
            }
        });
        return out;
    }

    /** The land is first registered alone only to whoever holds every building unit on it. */
    private List<Finding> landFirst(Application a) {
        Map<UnitCode, UnitState> buildings = buildingsOn(a.unitCode());
        Set<String> applicants = RegisteredParty.idNumbers(a.partiesIn(PartyRole.HOLDER));
        List<UnitCode> others = buildings.values().stream()
                .filter(s -> !RegisteredParty.idNumbers(s.holders()).equals(applicants))
                .map(UnitState::unitCode)
                .toList();
        if (others.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                Optional.empty(),
                "land unit " + a.unitCode() + " carries " + others.size() + " registered building unit(s) held by"
                        + " others (" + shown(others) + "); their holders hold the land-use right with them, each"
                        + " unit its share of the land, so it is not registered to anyone else alone (Civil Code"
                        + " arts. 352, 356, 357)"));
    }

    private static String shown(List<UnitCode> units) {
        return units.stream().limit(3).map(UnitCode::toString).collect(Collectors.joining(", "))
                + (units.size() > 3 ? " and " + (units.size() - 3) + " more" : "");
    }

    private List<Finding> landAlone(Application a) {
        List<UnitCode> buildings = List.copyOf(buildingsOn(a.unitCode()).keySet());
        if (buildings.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.blocker(
                "land-goes-with-buildings",
                a.unitCode(),
                Optional.empty(),
                "land unit " + a.unitCode() + " carries " + buildings.size() + " registered building unit(s) ("
                        + shown(buildings)
                        + "); a " + a.type().wireName() + " of the land alone would part it from them: apply for the"
                        + " building units, each carrying its share of the land (Civil Code arts. 356, 357, 397)"));
    }
}
