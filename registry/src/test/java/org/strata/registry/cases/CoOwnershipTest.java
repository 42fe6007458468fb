package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.bank;
import static org.strata.registry.port.RegisterFixtures.details;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.party.Party;
import org.strata.registry.register.Events;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.right.Share;
import org.strata.registry.unit.UnitCode;

/**
 * Co-ownership (Civil Code arts. 297-310): by shares a co-owner transfers or mortgages her own share alone and the
 * others keep theirs; joint owners (share "joint") dispose only together; the holders' shares add up to 1 after
 * every event.
 */
class CoOwnershipTest {
    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final RuleBook rules = new RuleBook();
    private final Party alice = person("Alice", 1);
    private final Party bob = person("Bob", 2);
    private final Party carol = person("Carol", 3);
    private final Events events = new Events(UNIT);
    private int day;

    private void record(RegistrationType type, List<RegisteredParty> parties, Map<String, String> d) {
        Application a = ApplicationChecks.check(application(type, UNIT, parties, d));
        events.add(type, 0, T0.plus(Duration.ofDays(++day)), a.parties(), a.details(), null, null);
    }

    private List<String> codes(RegistrationType type, List<RegisteredParty> parties, Map<String, String> d) {
        Application a = ApplicationChecks.check(application(type, UNIT, parties, d));
        return rules
                .check(a, UnitStateFolder.current(UNIT, events.all(), T0.plus(Duration.ofDays(day + 1))), events.all())
                .stream()
                .map(Finding::code)
                .toList();
    }

    private List<String> holders() {
        return UnitStateFolder.current(UNIT, events.all(), T0.plus(Duration.ofDays(day + 1))).holders().stream()
                .map(h -> h.party().name() + " " + h.share().orElseThrow())
                .sorted()
                .toList();
    }

    @Test
    void aCoOwnerByShareTransfersHerOwnShareAndTheOtherKeepsHis() {
        record(
                RegistrationType.FIRST,
                parties(as(PartyRole.HOLDER, alice, "1/2"), as(PartyRole.HOLDER, bob, "1/2")),
                details());
        List<RegisteredParty> aliceToCarol =
                parties(as(PartyRole.TRANSFEROR, alice, "1/2"), as(PartyRole.TRANSFEREE, carol, "1/2"));
        assertEquals(List.of(), codes(RegistrationType.TRANSFER, aliceToCarol, details()));
        record(RegistrationType.TRANSFER, aliceToCarol, details());
        assertEquals(List.of("Bob 1/2", "Carol 1/2"), holders());

        // a co-owner buying out the other holds the whole
        record(
                RegistrationType.TRANSFER,
                parties(as(PartyRole.TRANSFEROR, bob, "1/2"), as(PartyRole.TRANSFEREE, carol, "1/2")),
                details());
        assertEquals(List.of("Carol 1/1"), holders());
    }

    @Test
    void aCoOwnerMortgagesHerOwnShareAlone() {
        record(
                RegistrationType.FIRST,
                parties(as(PartyRole.HOLDER, alice, "2/3"), as(PartyRole.HOLDER, bob, "1/3")),
                details());
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.MORTGAGE,
                        parties(as(PartyRole.MORTGAGOR, bob, null), as(PartyRole.MORTGAGEE, bank(), null)),
                        details("amount", "1", "term", "2026-01-01/2027-01-01")));
        assertEquals(
                List.of("transferors-not-holders"),
                codes(
                        RegistrationType.TRANSFER,
                        parties(as(PartyRole.TRANSFEROR, bob, "1/2"), as(PartyRole.TRANSFEREE, carol, "1/2")),
                        details()),
                "she transfers the share the register shows, not more");
    }

    @Test
    void jointOwnersDisposeOnlyTogether() {
        record(
                RegistrationType.FIRST,
                parties(as(PartyRole.HOLDER, alice, "joint"), as(PartyRole.HOLDER, bob, "joint")),
                details());
        assertEquals(List.of("Alice joint", "Bob joint"), holders());
        assertEquals(
                List.of("transferors-not-holders"),
                codes(
                        RegistrationType.TRANSFER,
                        parties(as(PartyRole.TRANSFEROR, alice, "joint"), as(PartyRole.TRANSFEREE, carol, "1")),
                        details()),
                "one joint owner alone may not transfer");
        assertEquals(
                List.of("mortgagors-not-holders"),
                codes(
                        RegistrationType.MORTGAGE,
                        parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, bank(), null)),
                        details("amount", "1", "term", "2026-01-01/2027-01-01")));
        List<RegisteredParty> together = parties(
                as(PartyRole.TRANSFEROR, alice, "joint"),
                as(PartyRole.TRANSFEROR, bob, "joint"),
                as(PartyRole.TRANSFEREE, carol, "1"));
        assertEquals(List.of(), codes(RegistrationType.TRANSFER, together, details()));
        record(RegistrationType.TRANSFER, together, details());
        assertEquals(List.of("Carol 1/1"), holders());
    }

    @Test
    void sharesAreJointForAllOrFractionsAddingUp() {
        assertEquals(Share.JOINT, Share.parse("joint"));
        assertEquals("joint", Share.JOINT.toString());
        for (List<RegisteredParty> bad : List.of(
                parties(as(PartyRole.HOLDER, alice, "joint"), as(PartyRole.HOLDER, bob, "1/2")),
                parties(as(PartyRole.HOLDER, alice, "joint")))) {
            CaseException e = assertThrows(
                    CaseException.class,
                    () -> ApplicationChecks.check(application(RegistrationType.FIRST, UNIT, bad, details())));
            assertEquals("mixed-ownership", e.code());
        }
        CaseException more = assertThrows(
                CaseException.class,
                () -> ApplicationChecks.check(application(
                        RegistrationType.TRANSFER,
                        UNIT,
                        parties(as(PartyRole.TRANSFEROR, alice, "1/2"), as(PartyRole.TRANSFEREE, carol, "2/3")),
                        details())));
        assertEquals("shares-not-whole", more.code());
    }
}
