package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.bank;
import static org.strata.registry.port.RegisterFixtures.details;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.party.Party;
import org.strata.registry.register.Events;
import org.strata.registry.register.LandShare;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisterReader;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.UnitCode;

/**
 * 房地一体 (Civil Code arts. 352-357, 397): a building unit is first registered to the holders of the land it stands
 * on; the land is not disposed of apart from the registered building units on it; each unit carries the land's area
 * apportioned by building area.
 */
class LandAndBuildingTest {
    private static final UnitCode FLAT_1 = UnitCode.parse("330106003005GB00004F00010001");
    private static final UnitCode FLAT_2 = UnitCode.parse("330106003005GB00004F00010002");
    private static final UnitCode LAND = UnitCode.landOf(FLAT_1.parcel());
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final Party developer = person("Developer", 8);
    private final Party buyer = person("Buyer", 9);
    private final Map<UnitCode, Events> register = new TreeMap<>();

    private final RegisterReader reader = new RegisterReader() {
        @Override
        public List<RegisterEvent> eventsOf(UnitCode unitCode) {
            return register.containsKey(unitCode) ? register.get(unitCode).all() : List.of();
        }

        @Override
        public Map<UnitCode, List<RegisterEvent>> eventsOnParcel(ParcelCode parcel) {
            Map<UnitCode, List<RegisterEvent>> out = new TreeMap<>();
            register.forEach((unit, events) -> {
                if (unit.parcel().equals(parcel)) {
                    out.put(unit, events.all());
                }
            });
            return out;
        }
    };

    private void first(UnitCode unit, Party holder, String area) {
        register.computeIfAbsent(unit, Events::new)
                .add(
                        RegistrationType.FIRST,
                        0,
                        T0,
                        List.of(as(PartyRole.HOLDER, holder, "1")),
                        details("statedArea", area),
                        null,
                        null);
    }

    private List<String> codes(RegistrationType type, UnitCode unit, List<RegisteredParty> parties) {
        Map<String, String> details = type == RegistrationType.MORTGAGE
                ? details("amount", "1000000", "term", "2026-01-01/2036-01-01")
                : details();
        Application a = ApplicationChecks.check(application(type, unit, parties, details));
        return new RuleBook(reader)
                .check(a, UnitStateFolder.current(unit, reader.eventsOf(unit), T0), reader.eventsOf(unit)).stream()
                        .map(Finding::code)
                        .filter(c -> c.startsWith("land-"))
                        .toList();
    }

    private List<String> firstRegistrationTo(Party holder) {
        return codes(RegistrationType.FIRST, FLAT_1, parties(as(PartyRole.HOLDER, holder, "1")));
    }

    private List<String> landTransfer() {
        return codes(
                RegistrationType.TRANSFER,
                LAND,
                parties(as(PartyRole.TRANSFEROR, developer, "1"), as(PartyRole.TRANSFEREE, buyer, "1")));
    }

    @Test
    void aBuildingUnitIsFirstRegisteredToTheHoldersOfItsLand() {
        assertEquals(List.of(), firstRegistrationTo(buyer), "land not in the register: nothing to keep together");
        first(LAND, developer, "1000");
        assertEquals(List.of(), firstRegistrationTo(developer));
        assertEquals(List.of("land-and-building-together"), firstRegistrationTo(buyer));
    }

    @Test
    void landWithRegisteredBuildingUnitsIsNotDisposedOfAlone() {
        first(LAND, developer, "1000");
        assertEquals(List.of(), landTransfer(), "no building registered yet: the land goes alone");
        first(FLAT_1, developer, "90");
        assertEquals(List.of("land-goes-with-buildings"), landTransfer());
        assertEquals(
                List.of("land-goes-with-buildings"),
                codes(
                        RegistrationType.MORTGAGE,
                        LAND,
                        parties(as(PartyRole.MORTGAGOR, developer, null), as(PartyRole.MORTGAGEE, bank(), null))),
                "art. 397: the land is mortgaged with the buildings on it");
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.TRANSFER,
                        FLAT_1,
                        parties(as(PartyRole.TRANSFEROR, developer, "1"), as(PartyRole.TRANSFEREE, buyer, "1"))),
                "the building unit goes, its share of the land with it");
    }

    @Test
    void eachUnitCarriesTheLandApportionedByBuildingArea() {
        first(LAND, developer, "1000");
        first(FLAT_1, developer, "90");
        assertEquals(
                new BigDecimal("1000.00"),
                LandShare.of(FLAT_1, reader.eventsOnParcel(LAND.parcel()), T0, java.util.Optional.empty())
                        .orElseThrow()
                        .apportionedArea(),
                "the only unit carries the whole land");
        first(FLAT_2, developer, "60");
        LandShare share = LandShare.of(FLAT_1, reader.eventsOnParcel(LAND.parcel()), T0, java.util.Optional.empty())
                .orElseThrow();
        assertEquals(new BigDecimal("150"), share.buildingArea());
        assertEquals(new BigDecimal("600.00"), share.apportionedArea(), "1000 × 90 / 150");
        assertEquals(
                new BigDecimal("400.00"),
                LandShare.of(FLAT_2, reader.eventsOnParcel(LAND.parcel()), T0, java.util.Optional.empty())
                        .orElseThrow()
                        .apportionedArea());
        assertEquals(
                java.util.Optional.empty(),
                LandShare.of(LAND, reader.eventsOnParcel(LAND.parcel()), T0, java.util.Optional.empty()),
                "the land unit has no share of itself");
    }
}
