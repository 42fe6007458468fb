package org.strata.registry.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strata.registry.port.RegisterFixtures.OFFICER;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.RecordingBlockedException;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.cases.SpaceRules;
import org.strata.registry.port.DisposalCases.Row;
import org.strata.registry.register.RegisterEvent;

/**
 * The disposal table run through recording on a store: for every row, a unit of its own is registered to Alice,
 * the restriction is recorded on it, and the row's application is submitted and recorded. What the register does
 * is what the table says — a blocked row records nothing, an allowed or warned row is not stopped by the matrix —
 * on every store that passes this contract.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DisposalContract {
    /** Stores over empty storage of their own. */
    protected abstract RegisterStoreContract.Stores openFresh();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T02:00:00Z"));
    private final AtomicInteger nextUnit = new AtomicInteger();
    private final List<BuildingUnit> units = new ArrayList<>();
    private RegisterStoreContract.Stores stores;
    private CaseService cases;

    @BeforeAll
    void open() {
        stores = openFresh();
        Parcel parcel = CadastreFixtures.surfaceParcel(1, CadastreFixtures.rectangle(0, 0, 100, 100));
        Building building = CadastreFixtures.building(parcel, 1, CadastreFixtures.rectangle(10, 10, 40, 40), 20);
        long rows = DisposalCases.rows().count();
        for (int i = 0; i < rows; i++) {
            units.add(CadastreFixtures.unit(building, 1 + i % 20, i + 1));
        }
        stores.cadastre().add(new CadastreContents(List.of(parcel), List.of(building), units));
        cases = new CaseService(stores.register(), stores.cadastre(), clock, new SpaceRules(stores.cadastre(), 8.0));
    }

    @AfterAll
    void close() throws Exception {
        stores.closer().close();
    }

    static Stream<Row> rows() {
        return DisposalCases.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void recordingDoesWhatTheTableSays(Row row) {
        BuildingUnit unit = units.get(nextUnit.getAndIncrement());
        RegisterEvent first = event(record(DisposalCases.first(unit.unitCode())));
        RegisterEvent restriction = null;
        for (Application a : DisposalCases.restriction(row.restriction(), unit.unitCode())) {
            restriction = event(record(a));
        }
        int before = stores.register().eventsOf(unit.unitCode()).size();
        clock.advance(Duration.ofHours(1));
        RegistrationCase submitted = cases.submit(
                OFFICER,
                DisposalCases.applicationOf(row, unit.unitCode(), first.id(), restriction.id(), restriction.details()));
        List<Finding> findings;
        boolean recorded;
        try {
            findings = cases.record(OFFICER, submitted.id(), true).findings();
            recorded = true;
        } catch (RecordingBlockedException e) {
            // the blockers, and the warnings the case was submitted with (a blocked recording reports no warnings)
            findings = new ArrayList<>(e.blockers());
            findings.addAll(
                    submitted.findings().stream().filter(f -> !f.blocks()).toList());
            recorded = false;
        }
        assertEquals(row.expected(), DisposalCases.outcome(findings, restriction.id()), findings.toString());
        if (row.expected().startsWith("blocked")) {
            assertEquals(
                    before,
                    stores.register().eventsOf(unit.unitCode()).size(),
                    "a blocked registration records nothing");
        }
        assertEquals(recorded, stores.register().eventsOf(unit.unitCode()).size() == before + 1);
    }

    private RegistrationCase record(Application a) {
        clock.advance(Duration.ofHours(1));
        return cases.record(OFFICER, cases.submit(OFFICER, a).id(), true);
    }

    private RegisterEvent event(RegistrationCase c) {
        return stores.register().event(c.eventId().orElseThrow()).orElseThrow();
    }
}
