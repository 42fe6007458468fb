package org.strata.registry.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.registry.port.RegisterFixtures.OFFICER;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.cases.RecordingBlockedException;
import org.strata.registry.cases.RegisterImport;
import org.strata.registry.cases.RegisterQueries;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.unit.UnitCode;

/**
 * A bulk import of new units as every store must take it: more units than one batch of statements, each county's
 * units and events in one transaction (a unit given twice leaves nothing of its county), the chain intact and each
 * event read back as recorded, one by one or in batches alike.
 */
public abstract class RegisterImportContract {
    /** Stores over empty storage of their own. */
    protected abstract RegisterStoreContract.Stores openFresh();

    private static final int UNITS = 2_345;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T02:00:00Z"));
    private RegisterStoreContract.Stores stores;

    @BeforeEach
    void open() {
        stores = openFresh();
    }

    @AfterEach
    void close() throws Exception {
        stores.closer().close();
    }

    private List<Application> newUnits(int count) {
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int column = i % 60;
            int row = i / 60;
            Parcel p = CadastreFixtures.surfaceParcel(
                    i + 1, CadastreFixtures.rectangle(column * 30, row * 30, column * 30 + 20, row * 30 + 20));
            applications.add(new Application(
                    RegistrationType.FIRST,
                    p.unitCode(),
                    parties(as(PartyRole.HOLDER, person("Holder " + i, i), "1")),
                    new TreeMap<>(Map.of("validFrom", "2010-01-01", "rightNature", "102")),
                    Optional.of(new NewUnit(Optional.of(p), Optional.empty()))));
        }
        return applications;
    }

    @Test
    void manyNewUnitsAreWrittenWithAnIntactChain() {
        List<Application> applications = newUnits(UNITS);
        int recorded = new RegisterImport(stores.register(), stores.cadastre(), clock)
                .importNewUnits(OFFICER, "import-test", applications, n -> {});
        assertEquals(UNITS, recorded);
        assertEquals(UNITS, stores.cadastre().count(FeatureKind.PARCEL));
        assertEquals(UNITS, stores.register().head("330106").sequence());
        assertTrue(new RegisterQueries(stores.register(), clock).verify(OFFICER).intact());
        List<UnitCode> codes = applications.stream().map(Application::unitCode).toList();
        Map<UnitCode, List<RegisterEvent>> events = stores.register().eventsOfUnits(codes);
        assertEquals(UNITS, events.size());
        RegisterEvent last = events.get(codes.get(UNITS - 1)).get(0);
        assertEquals(UNITS, last.sequence());
        assertEquals("import-test", last.caseId());
        assertEquals(last, stores.register().event(last.id()).orElseThrow(), "read back as recorded");
        assertEquals(applications.get(UNITS - 1).parties(), last.parties());
        assertEquals("400", last.details().get("statedArea"), "the natural status from the unit in hand");
    }

    @Test
    void aUnitTwiceLeavesNothingOfItsCounty() {
        List<Application> applications = newUnits(1_200);
        // the same unit again, in a later batch of statements than its first appearance
        applications.add(applications.get(1_100));
        RegisterStore.ChainHead before = stores.register().head("330106");
        // its second first registration is refused by the rules, as the unit's history holds the first one
        RecordingBlockedException refused = assertThrows(
                RecordingBlockedException.class, () -> new RegisterImport(stores.register(), stores.cadastre(), clock)
                        .importNewUnits(OFFICER, "import-test", applications, n -> {}));
        assertTrue(
                refused.blockers().stream().anyMatch(f -> f.unitCode()
                        .equals(applications.get(1_100).unitCode())),
                refused.getMessage());
        assertEquals(0, stores.cadastre().count(FeatureKind.PARCEL), "no unit of the county");
        assertEquals(before, stores.register().head("330106"), "no event of the county");
    }
}
