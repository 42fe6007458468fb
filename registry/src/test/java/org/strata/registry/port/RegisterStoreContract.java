package org.strata.registry.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.registry.port.RegisterFixtures.OFFICER;
import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.details;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.RecordingBlockedException;
import org.strata.registry.cases.RegisterQueries;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.cases.SpaceRules;
import org.strata.registry.party.Party;
import org.strata.registry.register.ChainReport;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.unit.UnitCode;

/**
 * The behaviour every {@link RegisterStore} adapter must show, driven through the registration workflow:
 * append and read back, the county lock under 32 racing transfers, atomicity, optimistic case versions,
 * tamper detection and durability, and the case queries of the officers' worklist. One port, one contract: it runs
 * past 400 lines so that an adapter cannot pass half of the port's behaviour.
 */
public abstract class RegisterStoreContract {
    /** The stores under test. */
    public record Stores(CadastreStore cadastre, RegisterStore register, AutoCloseable closer) {}

    /** Stores over empty storage of their own. */
    protected abstract Stores openFresh();

    /** Closes the stores and opens new ones on the same storage, as a restart does. */
    protected abstract Stores reopen(Stores closed);

    /** Changes the stored text of an event behind the register's back, as a rogue administrator would. */
    protected abstract void tamper(String eventId, String from, String to);

    /** Tries to change an event with plain SQL; the store must refuse (append-only). */
    protected abstract void plainUpdate(String eventId);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T02:00:00Z"));
    private final Party alice = person("Alice", 1);
    private final Party bob = person("Bob", 2);
    private final Parcel parcel = CadastreFixtures.surfaceParcel(1, CadastreFixtures.rectangle(0, 0, 100, 100));
    private final Building building =
            CadastreFixtures.building(parcel, 1, CadastreFixtures.rectangle(10, 10, 40, 40), 5);
    private final BuildingUnit flat = CadastreFixtures.unit(building, 2, 1);
    private Stores stores;
    private CaseService cases;

    @BeforeEach
    void open() {
        stores = openFresh();
        stores.cadastre().add(new CadastreContents(List.of(parcel), List.of(building), List.of(flat)));
        cases = new CaseService(stores.register(), stores.cadastre(), clock, new SpaceRules(stores.cadastre(), 8.0));
    }

    @AfterEach
    void close() throws Exception {
        stores.closer().close();
    }

    private RegistrationCase record(
            RegistrationType type,
            List<org.strata.registry.register.RegisteredParty> parties,
            Map<String, String> details) {
        clock.advance(Duration.ofHours(1));
        RegistrationCase c = cases.submit(OFFICER, application(type, flat.unitCode(), parties, details));
        return cases.record(OFFICER, c.id(), true);
    }

    /** The stores under test. */
    protected Stores stores() {
        return stores;
    }

    /** The flat of county 330106 the contract registers. */
    protected BuildingUnit flat() {
        return flat;
    }

    /** Records the flat's first registration, to Alice. */
    protected RegistrationCase registerAlice() {
        return record(RegistrationType.FIRST, parties(as(PartyRole.HOLDER, alice, "1")), details());
    }

    private ChainReport verify() {
        return new RegisterQueries(stores.register(), clock).verify(OFFICER);
    }

    @Test
    void recordedEventsReadBackWithTheirChain() {
        RegistrationCase first = registerAlice();
        assertEquals(CaseStatus.RECORDED, first.status());
        List<RegisterEvent> events = stores.register().eventsOf(flat.unitCode());
        assertEquals(1, events.size());
        RegisterEvent e = events.get(0);
        assertEquals(first.eventId().orElseThrow(), e.id());
        assertEquals(RegisterEvent.GENESIS_HASH, e.previousHash());
        assertEquals(e, stores.register().event(e.id()).orElseThrow());
        assertEquals(new RegisterStore.ChainHead(1, e.hash()), stores.register().head("330106"));
        assertEquals(List.of("330106"), stores.register().counties());
        assertEquals(first, stores.register().findCase(first.id()).orElseThrow());
        assertEquals(
                List.of("submitted", "accepted", "approved", "recorded"),
                first.steps().stream().map(s -> s.step()).toList());
        assertTrue(verify().intact());
    }

    @Test
    void aBuildingUnitTakesTheRightNatureAndUseOfItsLand() {
        clock.advance(Duration.ofHours(1));
        cases.record(
                OFFICER,
                cases.submit(
                                OFFICER,
                                application(
                                        RegistrationType.FIRST,
                                        parcel.unitCode(),
                                        parties(as(PartyRole.HOLDER, alice, "1")),
                                        details("rightNature", "101")))
                        .id(),
                true);
        RegistrationCase flatFirst = registerAlice();
        Map<String, String> natural = stores.register()
                .event(flatFirst.eventId().orElseThrow())
                .orElseThrow()
                .details();
        assertEquals("101", natural.get("rightNature"), "allocated land (划拨) makes an allocated building unit");
        assertEquals(parcel.landUse().code(), natural.get("landUse"));
    }

    @Test
    void theLandIsNotTransferredApartFromTheBuildingUnitsOnIt() {
        Parcel neighbour = CadastreFixtures.surfaceParcel(2, CadastreFixtures.rectangle(200, 0, 300, 100));
        stores.cadastre().add(new CadastreContents(List.of(neighbour), List.of(), List.of()));
        for (UnitCode land : List.of(parcel.unitCode(), neighbour.unitCode())) {
            clock.advance(Duration.ofHours(1));
            cases.record(
                    OFFICER,
                    cases.submit(
                                    OFFICER,
                                    application(
                                            RegistrationType.FIRST,
                                            land,
                                            parties(as(PartyRole.HOLDER, alice, "1")),
                                            details()))
                            .id(),
                    true);
        }
        registerAlice();
        Map<UnitCode, List<RegisterEvent>> onParcel =
                stores.register().eventsOnParcel(parcel.unitCode().parcel());
        assertEquals(List.of(flat.unitCode(), parcel.unitCode()), List.copyOf(onParcel.keySet()));
        assertEquals(stores.register().eventsOf(flat.unitCode()), onParcel.get(flat.unitCode()));
        clock.advance(Duration.ofHours(1));
        RegistrationCase landTransfer = cases.submit(
                OFFICER,
                application(
                        RegistrationType.TRANSFER,
                        parcel.unitCode(),
                        parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1")),
                        details()));
        RecordingBlockedException e =
                assertThrows(RecordingBlockedException.class, () -> cases.record(OFFICER, landTransfer.id(), true));
        assertEquals(
                List.of("land-goes-with-buildings"),
                e.blockers().stream().map(f -> f.code()).toList());
        assertEquals(1, stores.register().eventsOf(parcel.unitCode()).size(), "nothing recorded");
        RegistrationCase bare = cases.submit(
                OFFICER,
                application(
                        RegistrationType.TRANSFER,
                        neighbour.unitCode(),
                        parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1")),
                        details()));
        assertEquals(CaseStatus.RECORDED, cases.record(OFFICER, bare.id(), true).status(), "bare land goes alone");
    }

    @Test
    void certificatesAreNumberedPerSeriesWithoutGapsAndFoundByNumber() {
        RegistrationCase first = registerAlice();
        RegistrationCase mortgage = record(
                RegistrationType.MORTGAGE,
                parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, RegisterFixtures.bank(), null)),
                details("amount", "1000", "term", "2026-03-01/2027-03-01"));
        RegistrationCase transfer = record(
                RegistrationType.TRANSFER,
                parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1")),
                details());
        assertEquals("浙(2026)杭州市不动产权第0000001号", first.certificateNo().orElseThrow());
        assertEquals("浙(2026)杭州市不动产证明第0000001号", mortgage.certificateNo().orElseThrow());
        assertEquals("浙(2026)杭州市不动产权第0000002号", transfer.certificateNo().orElseThrow());
        assertEquals(
                transfer.eventId(),
                stores.register()
                        .eventByCertificate(transfer.certificateNo().orElseThrow())
                        .map(RegisterEvent::id));
        assertEquals(
                transfer.certificateNo(),
                stores.register().event(transfer.eventId().orElseThrow()).map(e -> e.details()
                        .get("certificate")),
                "the number is part of the registered event, under its hash");
        assertTrue(
                stores.register().eventByCertificate("浙(2026)杭州市不动产权第0000009号").isEmpty());
        assertTrue(verify().intact());
    }

    @Test
    void exactlyOneOf32RacingTransfersIsRecorded() throws Exception {
        registerAlice();
        List<RegistrationCase> submitted = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            Party buyer = person("Buyer " + i, 100 + i);
            RegistrationCase c = cases.submit(
                    OFFICER,
                    application(
                            RegistrationType.TRANSFER,
                            flat.unitCode(),
                            parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, buyer, "1")),
                            details()));
            cases.accept(OFFICER, c.id());
            submitted.add(cases.review(OFFICER, c.id(), true, ""));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (RegistrationCase c : submitted) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    cases.record(OFFICER, c.id(), false);
                    return true;
                } catch (RecordingBlockedException e) {
                    assertEquals("transferors-not-holders", e.blockers().get(0).code());
                    return false;
                }
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<Boolean> f : outcomes) {
            recorded += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, recorded);
        assertEquals(2, stores.register().eventsOf(flat.unitCode()).size());
        assertTrue(verify().intact());
    }

    @Test
    void aFailureInsideTheTransactionLeavesNoPartialEvent() {
        RegistrationCase first = registerAlice();
        RegisterStore.ChainHead before = stores.register().head("330106");
        assertThrows(IllegalStateException.class, () -> stores.register().inCountyTransaction("330106", session -> {
            RegisterEvent last = session.eventsOf(flat.unitCode()).get(0);
            session.append(new RegisterEvent(
                    RegisterEvent.idOf("330106", 2),
                    "330106",
                    2,
                    flat.unitCode(),
                    RegistrationType.CHANGE,
                    0,
                    first.id(),
                    "officer",
                    clock.instant(),
                    clock.instant(),
                    List.of(),
                    new java.util.TreeMap<>(Map.of("use", "office")),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    last.hash(),
                    "f".repeat(64)));
            throw new IllegalStateException("failure after the append");
        }));
        assertEquals(before, stores.register().head("330106"));
        assertEquals(1, stores.register().eventsOf(flat.unitCode()).size());
    }

    @Test
    void aStaleCaseVersionLosesTheRace() {
        RegistrationCase c = cases.submit(
                OFFICER,
                application(
                        RegistrationType.FIRST, flat.unitCode(), parties(as(PartyRole.HOLDER, alice, "1")), details()));
        cases.accept(OFFICER, c.id());
        assertThrows(ConcurrentChangeException.class, () -> stores.register()
                .updateCase(c.moved(CaseStatus.ACCEPTED, c.steps().get(0)), c.version()));
    }

    @Test
    void casesAreFoundByCountyAndStatusAndByTheIdNumbersTheyName() {
        RegistrationCase first = cases.submit(
                OFFICER,
                application(
                        RegistrationType.FIRST, flat.unitCode(), parties(as(PartyRole.HOLDER, alice, "1")), details()));
        RegistrationCase other = cases.submit(
                OFFICER,
                application(
                        RegistrationType.FIRST, flat.unitCode(), parties(as(PartyRole.HOLDER, bob, "1")), details()));
        cases.accept(OFFICER, other.id());
        RegistrationCase stepped = stores.register().findCase(first.id()).orElseThrow();
        RegistrationCase corrected = stepped.moved(
                CaseStatus.NEEDS_CORRECTION,
                new CaseStep(
                        "correction-requested",
                        "officer",
                        clock.instant(),
                        "the contract",
                        Map.of("deadline", "2026-03-20T16:00:00Z")));
        stores.register().updateCase(corrected, stepped.version());

        assertEquals(
                List.of(first.id()),
                ids(stores.register().casesOf("330106", EnumSet.of(CaseStatus.NEEDS_CORRECTION), 10)));
        assertEquals(
                Set.of(first.id(), other.id()),
                Set.copyOf(ids(stores.register()
                        .casesOf("330106", EnumSet.of(CaseStatus.NEEDS_CORRECTION, CaseStatus.ACCEPTED), 10))));
        assertEquals(List.of(), stores.register().casesOf("330108", EnumSet.allOf(CaseStatus.class), 10));
        assertEquals(List.of(first.id()), ids(stores.register().casesNaming(alice.idNumber(), 10)));
        assertEquals(List.of(other.id()), ids(stores.register().casesNaming(bob.idNumber(), 10)));
        assertEquals(List.of(), stores.register().casesNaming("11010519491231002X", 10));
        assertEquals(
                Map.of("deadline", "2026-03-20T16:00:00Z"),
                stores.register()
                        .findCase(first.id())
                        .orElseThrow()
                        .lastStep("correction-requested")
                        .orElseThrow()
                        .facts(),
                "a step's facts read back");
    }

    private static List<String> ids(List<RegistrationCase> found) {
        return found.stream().map(RegistrationCase::id).toList();
    }

    @Test
    void aFeatureIsFoundInTheLegalTimeItsRegistrationWasValid() {
        Instant before = clock.instant();
        registerAlice();
        Instant registered = clock.instant().plus(Duration.ofMinutes(30));
        record(
                RegistrationType.CANCELLATION,
                parties(as(PartyRole.APPLICANT, alice, null)),
                details("reason", "demolished"));
        Instant after = clock.instant().plus(Duration.ofMinutes(30));
        assertEquals(
                List.of(), validUnits(new TimeWindow(Optional.of(before), Optional.of(before))), "not yet registered");
        assertEquals(List.of(flat.unitCode()), validUnits(TimeWindow.at(registered)));
        assertEquals(List.of(), validUnits(TimeWindow.at(after)), "cancelled");
        Instant since = stores.cadastre().validSince(FeatureKind.UNIT).orElseThrow();
        assertTrue(since.isAfter(before) && since.isBefore(registered), since.toString());
        assertEquals(Optional.of(since), stores.cadastre().validSince(FeatureKind.BUILDING));
        assertEquals(Optional.of(since), stores.cadastre().validSince(FeatureKind.PARCEL));
        assertEquals(
                List.of(parcel.unitCode()),
                stores
                        .cadastre()
                        .parcels(new AreaQuery(
                                Optional.empty(),
                                HeightRange.unbounded(),
                                0,
                                10,
                                Optional.of(TimeWindow.at(registered))))
                        .items()
                        .stream()
                        .map(Parcel::unitCode)
                        .toList(),
                "a parcel stands for the units on it");
        assertEquals(List.of(flat.unitCode()), validUnits(new TimeWindow(Optional.of(before), Optional.of(after))));
        assertEquals(List.of(flat.unitCode()), validUnits(new TimeWindow(Optional.empty(), Optional.of(registered))));
        assertEquals(List.of(), validUnits(new TimeWindow(Optional.of(after), Optional.empty())));
        assertEquals(
                List.of(flat.unitCode()),
                stores
                        .cadastre()
                        .buildings(new AreaQuery(
                                Optional.empty(),
                                HeightRange.unbounded(),
                                0,
                                10,
                                Optional.of(TimeWindow.at(registered))))
                        .items()
                        .stream()
                        .map(b -> flat.unitCode())
                        .toList(),
                "a building stands for the units under it");
    }

    private List<UnitCode> validUnits(TimeWindow window) {
        return stores
                .cadastre()
                .units(new AreaQuery(Optional.empty(), HeightRange.unbounded(), 0, 10, Optional.of(window)))
                .items()
                .stream()
                .map(BuildingUnit::unitCode)
                .toList();
    }

    @Test
    void eventsCannotBeChangedWithPlainSql() {
        RegistrationCase first = registerAlice();
        assertThrows(RuntimeException.class, () -> plainUpdate(first.eventId().orElseThrow()));
        assertTrue(verify().intact());
    }

    @Test
    void anAlteredEventIsNamedByVerification() {
        registerAlice();
        RegistrationCase mortgage = record(
                RegistrationType.MORTGAGE,
                parties(as(PartyRole.MORTGAGOR, alice, null), as(PartyRole.MORTGAGEE, RegisterFixtures.bank(), null)),
                details("amount", "1000000", "term", "2026-03-01/2036-03-01"));
        record(RegistrationType.CHANGE, parties(as(PartyRole.APPLICANT, alice, null)), details("use", "office"));
        String altered = mortgage.eventId().orElseThrow();
        tamper(altered, "detail.amount=1000000", "detail.amount=10");
        ChainReport report = verify();
        assertFalse(report.intact());
        assertEquals(altered, report.firstBroken().orElseThrow().eventId());
        assertTrue(report.firstBroken().orElseThrow().reason().contains("altered"), report.toString());
    }

    @Test
    void theRegisterSurvivesARestart() {
        RegistrationCase first = registerAlice();
        record(
                RegistrationType.TRANSFER,
                parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1")),
                details());
        stores = reopen(stores);
        cases = new CaseService(stores.register(), stores.cadastre(), clock, new SpaceRules(stores.cadastre(), 8.0));
        assertEquals(2, stores.register().eventsOf(flat.unitCode()).size());
        assertEquals(first, stores.register().findCase(first.id()).orElseThrow());
        assertTrue(verify().intact());
        RecordingBlockedException e = assertThrows(
                RecordingBlockedException.class,
                () -> record(
                        RegistrationType.TRANSFER,
                        parties(as(PartyRole.TRANSFEROR, alice, "1"), as(PartyRole.TRANSFEREE, bob, "1")),
                        details()));
        assertEquals("transferors-not-holders", e.blockers().get(0).code());
    }

    @Test
    void firstRegistrationOfANewUnitWritesCadastreAndEventTogether() {
        UnitCode newCode = UnitCode.buildingUnit(flat.unitCode().parcel(), 1, 9);
        BuildingUnit fresh = new BuildingUnit(
                newCode,
                building.unitCode(),
                3,
                "301",
                flat.use(),
                flat.footprint(),
                org.strata.geo.model.HeightRange.of(14, 17),
                900,
                700);
        RegistrationCase c = cases.submit(
                OFFICER,
                new org.strata.registry.cases.Application(
                        RegistrationType.FIRST,
                        newCode,
                        parties(as(PartyRole.HOLDER, bob, "1")),
                        new java.util.TreeMap<>(),
                        java.util.Optional.of(new org.strata.registry.cases.NewUnit(
                                java.util.Optional.empty(), java.util.Optional.of(fresh)))));
        cases.record(OFFICER, c.id(), true);
        assertEquals(fresh, stores.cadastre().unit(newCode).orElseThrow());
        assertEquals("900", stores.register().eventsOf(newCode).get(0).details().get("statedArea"));
    }
}
