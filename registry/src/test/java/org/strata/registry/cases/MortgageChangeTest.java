package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * Mortgage changes (Civil Code art. 409: nothing to the disadvantage of other mortgagees without their consent),
 * fixing a maximum-amount mortgage (arts. 420-424), and the agreement not to transfer a mortgaged unit (art. 406).
 */
class MortgageChangeTest {
    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final RuleBook rules = new RuleBook();
    private final Party alice = person("Alice", 1);
    private final Party bob = person("Bob", 2);
    private final Party lender = person("Lender", 7);
    private final Events events = new Events(UNIT);
    private int day;

    private RegisterEvent add(
            RegistrationType type, int subtype, List<RegisteredParty> parties, Map<String, String> d) {
        return events.add(type, subtype, T0.plus(Duration.ofDays(++day)), parties, d, null, null);
    }

    private UnitState state() {
        return UnitStateFolder.current(UNIT, events.all(), T0.plus(Duration.ofDays(day + 1)));
    }

    private List<String> codes(RegistrationType type, List<RegisteredParty> parties, Map<String, String> d) {
        Application a = ApplicationChecks.check(application(type, UNIT, parties, d));
        return rules.check(a, state(), events.all()).stream().map(Finding::code).toList();
    }

    private RegisterEvent mortgage(Party mortgagee, int subtype, String amount, String... more) {
        Map<String, String> d = details(more);
        d.put("amount", amount);
        return add(
                RegistrationType.MORTGAGE,
                subtype,
                parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, mortgagee, null)),
                d);
    }

    private List<RegisteredParty> byBoth(Party mortgagee) {
        return parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, mortgagee, null));
    }

    @Test
    void aHigherAmountOrABetterRankNeedsTheLaterMortgageesConsent() {
        add(RegistrationType.FIRST, 0, parties(as(PartyRole.HOLDER, alice, "1")), details());
        RegisterEvent first = mortgage(bank(), 1, "1000");
        RegisterEvent second = mortgage(lender, 1, "500");
        assertEquals(
                List.of("mortgage-change"),
                codes(
                        RegistrationType.MORTGAGE_CHANGE,
                        byBoth(bank()),
                        details("mortgage", first.id(), "amount", "2000")));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.MORTGAGE_CHANGE,
                        byBoth(bank()),
                        details("mortgage", first.id(), "amount", "2000", "consents", second.id())));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.MORTGAGE_CHANGE,
                        byBoth(bank()),
                        details("mortgage", first.id(), "amount", "800")),
                "a lower amount harms nobody");
        assertEquals(
                List.of("mortgage-change"),
                codes(
                        RegistrationType.MORTGAGE_CHANGE,
                        parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, lender, null)),
                        details("mortgage", first.id(), "term", "2026-01-01/2030-01-01")),
                "only the mortgage's own mortgagee changes it");
        add(
                RegistrationType.MORTGAGE_CHANGE,
                0,
                byBoth(lender),
                details("mortgage", second.id(), "rankBefore", first.id(), "amount", "600"));
        List<Restriction> ranked = state().mortgages();
        assertEquals(
                List.of(second.id(), first.id()),
                ranked.stream().map(Restriction::eventId).toList());
        assertEquals("600", ranked.get(0).details().get("amount"));
        assertEquals(1, ranked.get(0).rank());
    }

    @Test
    void aMaximumAmountMortgageIsFixedOnceWithinItsMaximum() {
        add(RegistrationType.FIRST, 0, parties(as(PartyRole.HOLDER, alice, "1")), details());
        RegisterEvent ordinary = mortgage(bank(), 1, "1000");
        RegisterEvent maximum = mortgage(lender, 2, "1000");
        List<RegisteredParty> lenderApplies = parties(as(PartyRole.MORTGAGEE, lender, null));
        assertEquals(
                List.of("mortgage-change"),
                codes(
                        RegistrationType.MORTGAGE_FIXING,
                        parties(as(PartyRole.MORTGAGEE, bank(), null)),
                        details("mortgage", ordinary.id(), "fixedAmount", "900")));
        assertEquals(
                List.of("mortgage-change"),
                codes(
                        RegistrationType.MORTGAGE_FIXING,
                        lenderApplies,
                        details("mortgage", maximum.id(), "fixedAmount", "1500")));
        Map<String, String> fix = details("mortgage", maximum.id(), "fixedAmount", "900");
        assertEquals(List.of(), codes(RegistrationType.MORTGAGE_FIXING, lenderApplies, fix));
        add(RegistrationType.MORTGAGE_FIXING, 0, lenderApplies, fix);
        assertEquals("900", state().mortgages().get(1).details().get("fixedAmount"));
        assertEquals(List.of("mortgage-change"), codes(RegistrationType.MORTGAGE_FIXING, lenderApplies, fix), "once");
    }

    @Test
    void anAgreementNotToTransferNeedsTheMortgageesConsent() {
        add(RegistrationType.FIRST, 0, parties(as(PartyRole.HOLDER, alice, "1")), details());
        RegisterEvent m = mortgage(bank(), 1, "1000", "noTransfer", "true");
        List<RegisteredParty> sale = parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1"));
        assertEquals(List.of("no-transfer-agreement"), codes(RegistrationType.TRANSFER, sale, details()));
        assertEquals(List.of(), codes(RegistrationType.TRANSFER, sale, details("consents", m.id())));
        add(RegistrationType.MORTGAGE_CHANGE, 0, byBoth(bank()), details("mortgage", m.id(), "noTransfer", "false"));
        assertEquals(List.of(), codes(RegistrationType.TRANSFER, sale, details()), "the agreement was lifted");
    }
}
