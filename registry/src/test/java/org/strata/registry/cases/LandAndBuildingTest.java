package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.details;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.party.Party;
import org.strata.registry.register.Events;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/** 房地一体: a building unit is first registered to the holders of the land it stands on (Civil Code arts. 352-357). */
class LandAndBuildingTest {
    private static final UnitCode BUILDING_UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private static final UnitCode LAND = UnitCode.landOf(BUILDING_UNIT.parcel());
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final Party developer = person("Developer", 8);
    private final Party buyer = person("Buyer", 9);
    private final Events land = new Events(LAND);

    private List<String> firstRegistrationTo(Party holder) {
        RuleBook rules = new RuleBook(unit -> unit.equals(LAND) ? land.all() : List.of());
        Application a = ApplicationChecks.check(application(
                RegistrationType.FIRST, BUILDING_UNIT, parties(as(PartyRole.HOLDER, holder, "1")), details()));
        return rules.check(a, UnitStateFolder.current(BUILDING_UNIT, List.of(), T0), List.of()).stream()
                .map(Finding::code)
                .toList();
    }

    @Test
    void aBuildingUnitIsFirstRegisteredToTheHoldersOfItsLand() {
        assertEquals(List.of(), firstRegistrationTo(buyer), "land not in the register: nothing to keep together");
        land.add(RegistrationType.FIRST, 0, T0, List.of(as(PartyRole.HOLDER, developer, "1")), details(), null, null);
        assertEquals(List.of(), firstRegistrationTo(developer));
        assertEquals(List.of("land-and-building-together"), firstRegistrationTo(buyer));
    }
}
