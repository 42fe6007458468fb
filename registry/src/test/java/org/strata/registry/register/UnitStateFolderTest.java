package org.strata.registry.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.court;
import static org.strata.registry.port.RegisterFixtures.details;
import static org.strata.registry.port.RegisterFixtures.person;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strata.registry.party.Party;
import org.strata.registry.unit.UnitCode;

/** Deriving a unit's state from its events: lapses by the clock, seizure queues, ranks, corrections, views. */
class UnitStateFolderTest {
    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final Party alice = person("Alice", 1);
    private final Party buyer = person("Buyer", 2);
    private final Events events = new Events(UNIT);

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    private RegisterEvent first() {
        return events.add(
                RegistrationType.FIRST,
                0,
                day(0),
                List.of(as(PartyRole.HOLDER, alice, "1")),
                details("statedArea", "100"),
                null,
                null);
    }

    private RegisterEvent seizure(int dayNumber, int subtype, Map<String, String> more) {
        Map<String, String> d = details("courtOrder", "order " + dayNumber);
        d.putAll(more);
        return events.add(
                RegistrationType.SEIZURE,
                subtype,
                day(dayNumber),
                List.of(as(PartyRole.COURT, court(), null)),
                d,
                null,
                null);
    }

    @Test
    void anObjectionLapsesAtTheEndOfItsFifteenthDay() {
        first();
        RegisterEvent objection = events.add(
                RegistrationType.OBJECTION,
                0,
                day(10),
                List.of(as(PartyRole.APPLICANT, buyer, null)),
                details(),
                null,
                null);
        // recorded 11 January 08:00 CST: the 15 days run 12-26 January (art. 201), to midnight CST
        Instant lapse = Instant.parse("2026-01-26T16:00:00Z");
        assertEquals(
                List.of(objection.id()),
                ids(UnitStateFolder.current(UNIT, events.all(), lapse.minusSeconds(1))
                        .objections()));
        assertTrue(
                UnitStateFolder.current(UNIT, events.all(), lapse).objections().isEmpty());
    }

    @Test
    void anAdvanceNoticeLapsesNinetyDaysAfterRegistrationBecamePossible() {
        first();
        events.add(
                RegistrationType.ADVANCE_NOTICE,
                1,
                day(1),
                List.of(as(PartyRole.HOLDER, buyer, "1")),
                details("possibleFrom", "2026-03-01"),
                null,
                null);
        // possible from 1 March: the 90 days run 2 March - 30 May (art. 201); 30 May is a Saturday, so the period
        // ends at midnight CST after Monday 1 June (art. 203)
        Instant lapse = Instant.parse("2026-06-01T16:00:00Z");
        assertEquals(
                1,
                UnitStateFolder.current(UNIT, events.all(), lapse.minusSeconds(1))
                        .advanceNotices()
                        .size());
        assertEquals(
                0,
                UnitStateFolder.current(UNIT, events.all(), lapse)
                        .advanceNotices()
                        .size());
        RegisterEvent open = events.add(
                RegistrationType.ADVANCE_NOTICE,
                3,
                day(2),
                List.of(as(PartyRole.HOLDER, buyer, "1")),
                details(),
                null,
                null);
        assertEquals(
                List.of(open.id()),
                ids(UnitStateFolder.current(UNIT, events.all(), day(900)).advanceNotices()),
                "a notice whose registration has not yet become possible does not lapse");
    }

    @Test
    void anAdvanceNoticeLapsesFromTheDayItsRegistrationBecamePossible() {
        // a pre-sale purchase noticed before the building is registered: its 90 days start with the first registration
        RegisterEvent preSale = events.add(
                RegistrationType.ADVANCE_NOTICE,
                1,
                day(1),
                List.of(as(PartyRole.HOLDER, buyer, "1")),
                details(),
                null,
                null);
        assertEquals(
                List.of(preSale.id()),
                ids(UnitStateFolder.current(UNIT, events.all(), day(400)).advanceNotices()),
                "before the unit is registered, nothing can be registered and nothing lapses");
        first(); // recorded now, valid from 1 January 08:00 CST
        RegisterEvent resale = events.add(
                RegistrationType.ADVANCE_NOTICE,
                2,
                day(30),
                List.of(as(PartyRole.HOLDER, buyer, "1")),
                details(),
                null,
                null);
        // from the first registration of 1 January CST: 2 January - 1 April, lapsing at midnight CST
        Instant preSaleLapse = Instant.parse("2026-04-01T16:00:00Z");
        // the resale notice of 31 January CST, on a registered unit: 1 February - 1 May, the first day of the Labour
        // Day holiday (1-5 May 2026), so to the end of Wednesday 6 May (art. 203)
        Instant resaleLapse = Instant.parse("2026-05-06T16:00:00Z");
        assertEquals(
                List.of(preSale.id(), resale.id()),
                ids(UnitStateFolder.current(UNIT, events.all(), preSaleLapse.minusSeconds(1))
                        .advanceNotices()));
        assertEquals(
                List.of(resale.id()),
                ids(UnitStateFolder.current(UNIT, events.all(), preSaleLapse).advanceNotices()));
        assertTrue(UnitStateFolder.current(UNIT, events.all(), resaleLapse)
                .advanceNotices()
                .isEmpty());
    }

    @Test
    void anAdvanceNoticeIsEndedByTheRegistrationItProtects() {
        first();
        Party other = person("Other", 3);
        RegisterEvent purchase = events.add(
                RegistrationType.ADVANCE_NOTICE,
                1,
                day(1),
                List.of(as(PartyRole.HOLDER, buyer, "1")),
                details(),
                null,
                null);
        RegisterEvent loan = events.add(
                RegistrationType.ADVANCE_NOTICE,
                3,
                day(2),
                List.of(as(PartyRole.HOLDER, org.strata.registry.port.RegisterFixtures.bank(), null)),
                details(),
                null,
                null);
        events.add(
                RegistrationType.MORTGAGE,
                1,
                day(3),
                List.of(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, other, null)),
                details(),
                null,
                null);
        assertEquals(
                List.of(purchase.id(), loan.id()),
                ids(UnitStateFolder.current(UNIT, events.all(), day(4)).advanceNotices()),
                "a mortgage to someone else does not end the mortgage notice");
        events.add(
                RegistrationType.TRANSFER,
                0,
                day(5),
                List.of(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, buyer, "1")),
                details(),
                null,
                null);
        assertEquals(
                List.of(loan.id()),
                ids(UnitStateFolder.current(UNIT, events.all(), day(6)).advanceNotices()),
                "the transfer to the notice's holder ends the purchase notice");
        events.add(
                RegistrationType.MORTGAGE,
                1,
                day(7),
                List.of(
                        as(PartyRole.MORTGAGOR, buyer, null),
                        as(PartyRole.MORTGAGEE, org.strata.registry.port.RegisterFixtures.bank(), null)),
                details(),
                null,
                null);
        assertTrue(
                UnitStateFolder.current(UNIT, events.all(), day(8))
                        .advanceNotices()
                        .isEmpty(),
                "the mortgage to the notice's holder ends the mortgage notice");
    }

    @Test
    void waitingSeizuresTakeEffectInOrderAndTermsRunFromThen() {
        first();
        RegisterEvent s1 = seizure(1, 1, details());
        RegisterEvent s2 = seizure(2, 2, details("termYears", "1"));
        RegisterEvent s3 = seizure(3, 2, details());
        UnitState seized = UnitStateFolder.current(UNIT, events.all(), day(4));
        assertEquals(s1.id(), seized.seizure().orElseThrow().eventId());
        assertEquals(List.of(s2.id(), s3.id()), ids(seized.waitingSeizures()));
        events.add(
                RegistrationType.SEIZURE_RELEASE,
                0,
                day(10),
                List.of(as(PartyRole.COURT, court(), null)),
                details(),
                s1.id(),
                null);
        UnitState released = UnitStateFolder.current(UNIT, events.all(), day(11));
        assertEquals(s2.id(), released.seizure().orElseThrow().eventId());
        assertEquals(day(10), released.seizure().orElseThrow().since());
        assertEquals(List.of(s3.id()), ids(released.waitingSeizures()));
        UnitState afterTerm = UnitStateFolder.current(UNIT, events.all(), day(10 + 366));
        assertEquals(s3.id(), afterTerm.seizure().orElseThrow().eventId(), "s2's one-year term ran out");
    }

    @Test
    void aRenewalExtendsTheSeizureItNames() {
        first();
        RegisterEvent s1 = seizure(1, 1, details("termYears", "1"));
        seizure(300, 5, details("renews", s1.id(), "termYears", "1"));
        assertTrue(
                UnitStateFolder.current(UNIT, events.all(), day(500)).seizure().isPresent());
        assertFalse(
                UnitStateFolder.current(UNIT, events.all(), day(800)).seizure().isPresent());
    }

    @Test
    void mortgagesRankByRegistrationOrderAndACancelledOneReleasesItsRank() {
        first();
        RegisterEvent m1 =
                events.add(RegistrationType.MORTGAGE, 1, day(1), List.of(), details("amount", "100"), null, null);
        RegisterEvent m2 =
                events.add(RegistrationType.MORTGAGE, 2, day(2), List.of(), details("amount", "200"), null, null);
        UnitState two = UnitStateFolder.current(UNIT, events.all(), day(3));
        assertEquals(
                List.of(1, 2), two.mortgages().stream().map(Restriction::rank).toList());
        events.add(RegistrationType.MORTGAGE_CANCELLATION, 0, day(4), List.of(), details(), m1.id(), null);
        UnitState one = UnitStateFolder.current(UNIT, events.all(), day(5));
        assertEquals(m2.id(), one.mortgages().get(0).eventId());
        assertEquals(1, one.mortgages().get(0).rank());
    }

    @Test
    void aCorrectionChangesTheValidPastButNotWhatWasRegisteredThen() {
        RegisterEvent first = first();
        events.add(
                RegistrationType.CORRECTION,
                0,
                day(30),
                day(0),
                List.of(as(PartyRole.APPLICANT, alice, null)),
                details("statedArea", "104", "reason", "survey"),
                null,
                first.id());
        assertEquals(
                "100",
                UnitStateFolder.asOf(UNIT, events.all(), day(10))
                        .naturalStatus()
                        .get("statedArea"));
        assertEquals(
                "104",
                UnitStateFolder.validAt(UNIT, events.all(), day(10))
                        .naturalStatus()
                        .get("statedArea"));
        assertEquals(
                "104",
                UnitStateFolder.current(UNIT, events.all(), day(31))
                        .naturalStatus()
                        .get("statedArea"));
        assertEquals(2, events.all().size(), "the corrected event stays in the register");
    }

    @Test
    void aTransferChangesHoldersAndACancellationEndsTheRight() {
        first();
        RegisterEvent transfer = events.add(
                RegistrationType.TRANSFER,
                0,
                day(1),
                List.of(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, buyer, "1")),
                details(),
                null,
                null);
        UnitState after = UnitStateFolder.current(UNIT, events.all(), day(2));
        assertEquals("Buyer", after.holders().get(0).party().name());
        assertEquals(transfer.id(), after.ownershipEventId().orElseThrow());
        events.add(
                RegistrationType.CANCELLATION,
                0,
                day(3),
                List.of(as(PartyRole.APPLICANT, buyer, null)),
                details(),
                null,
                null);
        UnitState cancelled = UnitStateFolder.current(UNIT, events.all(), day(4));
        assertTrue(cancelled.cancelled());
        assertFalse(cancelled.registered());
        assertTrue(cancelled.holders().isEmpty());
    }

    @Test
    void theChainOfTestEventsVerifies() {
        first();
        seizure(1, 1, details());
        ChainVerifier verifier = new ChainVerifier("330106");
        events.all().forEach(e -> assertTrue(verifier.accept(StoredEvent.of(e))));
        verifier.finish(2, events.all().get(1).hash());
        assertTrue(verifier.broken().isEmpty());
    }

    private static List<String> ids(List<Restriction> restrictions) {
        return restrictions.stream().map(Restriction::eventId).toList();
    }
}
