package org.strata.registry.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.bank;
import static org.strata.registry.port.RegisterFixtures.court;
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
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * Each rule with legal effect, blocking when the law says so and letting the lawful case through. Longer than 400
 * lines because it is the table of the rule book, one short test per rule over one chain of events.
 */
class RulesTest {
    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final RuleBook rules = new RuleBook();
    private final Party alice = person("Alice", 1);
    private final Party bob = person("Bob", 2);
    private final Party carol = person("Carol", 3);
    private final Events events = new Events(UNIT);
    private int day;

    private RegisterEvent add(
            RegistrationType type, int subtype, List<RegisteredParty> parties, Map<String, String> d, String ends) {
        return events.add(type, subtype, T0.plus(Duration.ofDays(++day)), parties, d, ends, null);
    }

    private RegisterEvent firstToAlice() {
        return add(RegistrationType.FIRST, 0, List.of(as(PartyRole.HOLDER, alice, "1")), details(), null);
    }

    private List<String> codes(RegistrationType type, List<RegisteredParty> parties, Map<String, String> d) {
        Application a = ApplicationChecks.check(application(type, UNIT, parties, d));
        List<RegisterEvent> history = events.all();
        return rules
                .check(a, UnitStateFolder.current(UNIT, history, T0.plus(Duration.ofDays(day + 1))), history)
                .stream()
                .map(Finding::code)
                .toList();
    }

    private List<String> transferToBob() {
        return codes(
                RegistrationType.TRANSFER,
                parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1")),
                details());
    }

    @Test
    void everyRuleExplainsItself() {
        rules.rules().forEach(r -> assertTrue(r.explanation().length() > 40, r.code()));
        assertEquals(
                rules.rules().size(),
                rules.rules().stream().map(r -> r.code()).distinct().count());
    }

    @Test
    void aUnitIsRegisteredFirstAndOnlyOnce() {
        assertEquals(List.of("not-registered"), transferToBob());
        assertEquals(List.of(), codes(RegistrationType.FIRST, parties(as(PartyRole.HOLDER, alice, "1")), details()));
        firstToAlice();
        assertEquals(
                List.of("already-registered"),
                codes(RegistrationType.FIRST, parties(as(PartyRole.HOLDER, bob, "1")), details()));
    }

    @Test
    void aSeizureBlocksTransferMortgageAndEasementButNotAnotherSeizure() {
        firstToAlice();
        RegisterEvent seizure = add(
                RegistrationType.SEIZURE,
                1,
                List.of(as(PartyRole.COURT, court(), null)),
                details("courtOrder", "x"),
                null);
        assertEquals(List.of("seized"), transferToBob());
        assertEquals(
                List.of("seized"),
                codes(
                        RegistrationType.MORTGAGE,
                        parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, bank(), null)),
                        details("amount", "1", "term", "2026-01-01/2027-01-01")));
        assertEquals(
                List.of("seized"),
                codes(RegistrationType.EASEMENT, parties(as(PartyRole.HOLDER, bob, "1")), details()));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.SEIZURE,
                        parties(as(PartyRole.COURT, court(), null)),
                        details("courtOrder", "y", "subtype", "2")));
        add(RegistrationType.SEIZURE_RELEASE, 0, List.of(as(PartyRole.COURT, court(), null)), details(), seizure.id());
        assertEquals(List.of(), transferToBob());
    }

    @Test
    void anAdvanceNoticeBlocksDisposalUnlessItsHolderConsentsOrAcquires() {
        firstToAlice();
        RegisterEvent notice =
                add(RegistrationType.ADVANCE_NOTICE, 1, List.of(as(PartyRole.HOLDER, carol, "1")), details(), null);
        assertEquals(List.of("advance-notice"), transferToBob());
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.TRANSFER,
                        parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1")),
                        details("consents", notice.id())));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.TRANSFER,
                        parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, carol, "1")),
                        details()),
                "the transfer the notice protects goes through");
    }

    @Test
    void aMortgageNoticeNeverBlocksTheMortgageItProtects() {
        firstToAlice();
        add(RegistrationType.ADVANCE_NOTICE, 3, List.of(as(PartyRole.HOLDER, bank(), null)), details(), null);
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.MORTGAGE,
                        parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, bank(), null)),
                        details("amount", "1", "term", "2026-01-01/2027-01-01")));
        assertEquals(
                List.of("advance-notice"),
                codes(
                        RegistrationType.MORTGAGE,
                        parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, carol, null)),
                        details("amount", "1", "term", "2026-01-01/2027-01-01")),
                "a mortgage to another creditor needs the notice holder's consent");
    }

    @Test
    void transferorsMustBeExactlyTheHoldersWithTheirShares() {
        add(
                RegistrationType.FIRST,
                0,
                List.of(as(PartyRole.HOLDER, alice, "1/2"), as(PartyRole.HOLDER, bob, "1/2")),
                details(),
                null);
        assertEquals(
                List.of("transferors-not-holders"),
                codes(
                        RegistrationType.TRANSFER,
                        parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, carol, "1")),
                        details()));
        assertEquals(
                List.of("transferors-not-holders"),
                codes(
                        RegistrationType.TRANSFER,
                        parties(
                                as(PartyRole.TRANSFEROR, alice, "1/3"),
                                as(PartyRole.TRANSFEROR, bob, "2/3"),
                                as(PartyRole.TRANSFEREE, carol, "1")),
                        details()));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.TRANSFER,
                        parties(
                                as(PartyRole.TRANSFEROR, alice, "1/2"),
                                as(PartyRole.TRANSFEROR, bob, "1/2"),
                                as(PartyRole.TRANSFEREE, carol, "1")),
                        details()));
    }

    @Test
    void mortgagorsMustBeTheHolders() {
        firstToAlice();
        Map<String, String> terms = details("amount", "5", "term", "2026-01-01/2030-01-01");
        assertEquals(
                List.of("mortgagors-not-holders"),
                codes(
                        RegistrationType.MORTGAGE,
                        parties(as(PartyRole.MORTGAGOR, bob, null), as(PartyRole.MORTGAGEE, bank(), null)),
                        terms));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.MORTGAGE,
                        parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, bank(), null)),
                        terms));
    }

    @Test
    void releasesAndCancellationsEndARestrictionOfTheirKindInForce() {
        firstToAlice();
        RegisterEvent mortgage = add(
                RegistrationType.MORTGAGE,
                1,
                List.of(as(PartyRole.MORTGAGEE, bank(), null)),
                details("amount", "5"),
                null);
        assertEquals(
                List.of("ends-not-in-force"),
                codes(
                        RegistrationType.SEIZURE_RELEASE,
                        parties(as(PartyRole.COURT, court(), null)),
                        details("ends", mortgage.id())));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.MORTGAGE_CANCELLATION,
                        parties(as(PartyRole.MORTGAGEE, bank(), null)),
                        details("ends", mortgage.id())));
        assertEquals(
                List.of("ends-not-in-force"),
                codes(
                        RegistrationType.CANCELLATION,
                        parties(as(PartyRole.APPLICANT, alice, null)),
                        details("ends", mortgage.id())));
    }

    @Test
    void aCorrectionNamesAnEventOfTheUnitAndARenewalASeizureInForce() {
        RegisterEvent first = firstToAlice();
        assertEquals(
                List.of("corrects-unknown"),
                codes(
                        RegistrationType.CORRECTION,
                        parties(as(PartyRole.APPLICANT, alice, null)),
                        details("corrects", "330106-99999999")));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.CORRECTION,
                        parties(as(PartyRole.APPLICANT, alice, null)),
                        details("corrects", first.id(), "statedArea", "101")));
        assertEquals(
                List.of("renews-not-in-force"),
                codes(
                        RegistrationType.SEIZURE,
                        parties(as(PartyRole.COURT, court(), null)),
                        details("subtype", "5", "courtOrder", "z", "renews", first.id())));
    }

    @Test
    void anObjectionWarnsButDoesNotBlockAndLapses() {
        firstToAlice();
        add(RegistrationType.OBJECTION, 0, List.of(as(PartyRole.APPLICANT, carol, null)), details(), null);
        List<Finding> findings = rules.check(
                ApplicationChecks.check(application(
                        RegistrationType.TRANSFER,
                        UNIT,
                        parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1")),
                        details())),
                UnitStateFolder.current(UNIT, events.all(), T0.plus(Duration.ofDays(day + 1))),
                events.all());
        assertEquals(
                List.of("objection-registered"),
                findings.stream().map(Finding::code).toList());
        assertFalse(findings.get(0).blocks());
        // recorded 3 January CST: the 15 days run 4-18 January, and Sunday 18 January gives way to Monday 19 (art. 203)
        day += 15;
        assertEquals(List.of("objection-registered"), transferToBob(), "in force on 19 January, the last day");
        day += 1;
        assertEquals(List.of(), transferToBob(), "the objection lapsed at the end of 19 January");
    }

    @Test
    void theSameApplicantMayNotObjectAgainForTheSameReason() {
        firstToAlice();
        add(
                RegistrationType.OBJECTION,
                0,
                List.of(as(PartyRole.APPLICANT, carol, null)),
                details("reason", "bought it in 2019"),
                null);
        day += 20; // the objection lapsed
        assertEquals(
                List.of("repeat-objection"),
                codes(
                        RegistrationType.OBJECTION,
                        parties(as(PartyRole.APPLICANT, carol, null)),
                        details("reason", " bought it in 2019")));
        List<Finding> otherReason = rules.check(
                ApplicationChecks.check(application(
                        RegistrationType.OBJECTION,
                        UNIT,
                        parties(as(PartyRole.APPLICANT, carol, null)),
                        details("reason", "inherited it"))),
                UnitStateFolder.current(UNIT, events.all(), T0.plus(Duration.ofDays(day + 1))),
                events.all());
        assertEquals(
                List.of("repeat-objection"),
                otherReason.stream().map(Finding::code).toList());
        assertFalse(otherReason.get(0).blocks(), "another reason is for the officer to judge");
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.OBJECTION,
                        parties(as(PartyRole.APPLICANT, bob, null)),
                        details("reason", "bought it in 2019")),
                "another applicant may object");
    }

    @Test
    void aLawsuitRecordedWithinFifteenDaysKeepsTheObjection() {
        firstToAlice();
        RegisterEvent objection =
                add(RegistrationType.OBJECTION, 0, List.of(as(PartyRole.APPLICANT, carol, null)), details(), null);
        Map<String, String> notice = details("objection", objection.id(), "courtNotice", "(2026)浙0106民初1号");
        assertEquals(
                List.of("objection-lawsuit"),
                codes(RegistrationType.OBJECTION_LAWSUIT, parties(as(PartyRole.APPLICANT, bob, null)), notice),
                "only the objection's own applicant");
        assertEquals(
                List.of(),
                codes(RegistrationType.OBJECTION_LAWSUIT, parties(as(PartyRole.APPLICANT, carol, null)), notice));
        add(RegistrationType.OBJECTION_LAWSUIT, 0, List.of(as(PartyRole.APPLICANT, carol, null)), notice, null);
        day += 60;
        assertEquals(
                List.of("objection-registered"),
                transferToBob(),
                "the objection stays in force while the lawsuit runs");
    }

    @Test
    void aLawsuitAfterTheFifteenDaysFindsNoObjection() {
        firstToAlice();
        RegisterEvent objection =
                add(RegistrationType.OBJECTION, 0, List.of(as(PartyRole.APPLICANT, carol, null)), details(), null);
        day += 16;
        assertEquals(
                List.of("objection-lawsuit"),
                codes(
                        RegistrationType.OBJECTION_LAWSUIT,
                        parties(as(PartyRole.APPLICANT, carol, null)),
                        details("objection", objection.id(), "courtNotice", "(2026)浙0106民初1号")));
    }

    @Test
    void theRightIsCancelledByAllItsHoldersAndCorrectedByAHolderOrWithProof() {
        add(
                RegistrationType.FIRST,
                0,
                List.of(as(PartyRole.HOLDER, alice, "1/2"), as(PartyRole.HOLDER, bob, "1/2")),
                details(),
                null);
        assertEquals(
                List.of("applicants"),
                codes(RegistrationType.CANCELLATION, parties(as(PartyRole.APPLICANT, alice, null)), details()),
                "one co-owner cannot give up the whole right");
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.CANCELLATION,
                        parties(as(PartyRole.APPLICANT, alice, null), as(PartyRole.APPLICANT, bob, null)),
                        details()));
        String first = events.all().get(0).id();
        assertEquals(
                List.of("applicants"),
                codes(
                        RegistrationType.CORRECTION,
                        parties(as(PartyRole.APPLICANT, carol, null)),
                        details("corrects", first, "statedArea", "90")));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.CORRECTION,
                        parties(as(PartyRole.APPLICANT, carol, null)),
                        details("corrects", first, "statedArea", "90", "proof", "survey report 2026-07")));
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.CORRECTION,
                        parties(as(PartyRole.APPLICANT, bob, null)),
                        details("corrects", first, "statedArea", "90")));
    }

    @Test
    void afterCancellationOnlyCorrectionsRemain() {
        RegisterEvent first = firstToAlice();
        add(RegistrationType.CANCELLATION, 0, List.of(as(PartyRole.APPLICANT, alice, null)), details(), null);
        assertEquals(List.of("unit-cancelled"), transferToBob());
        assertEquals(
                List.of(),
                codes(
                        RegistrationType.CORRECTION,
                        parties(as(PartyRole.APPLICANT, alice, null)),
                        details("corrects", first.id())));
    }
}
