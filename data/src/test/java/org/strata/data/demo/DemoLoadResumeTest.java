package org.strata.data.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.cases.Application;

/**
 * Finding 13.1: a demo load cut short after the cadastre was written (a kill before the registrations' transaction
 * committed) is finished by the next start: every demo unit ends up with its first registration, none twice.
 */
class DemoLoadResumeTest {
    @TempDir
    Path folder;

    @Test
    void aLoadCutShortAfterTheCadastreIsFinishedByTheNextStart() {
        GridTransform transform = GridTransform.epsg4549();
        DemoArea area = new DemoAreaGenerator(DemoAreaGenerator.DEFAULT_SEED, DemoAreaGenerator.DEFAULT_SIZE, transform)
                .generate();
        try (JdbcStores stores = EmbeddedStore.open(folder)) {
            stores.cadastre().add(area.cadastre()); // what a killed first start left behind
        }
        try (JdbcStores stores = EmbeddedStore.open(folder)) {
            assertNotNull(load(stores, transform), "the second start finishes the load");
            int units = area.registrations().size();
            assertEquals(
                    units,
                    stores.register()
                            .eventsOfUnits(area.registrations().stream()
                                    .map(Application::unitCode)
                                    .toList())
                            .size());
            assertEquals(units, stores.register().head(DemoAreaGenerator.COUNTY).sequence(), "each recorded once");
        }
        try (JdbcStores stores = EmbeddedStore.open(folder)) {
            assertNull(load(stores, transform), "a complete load is not repeated");
        }
    }

    private static DemoArea load(JdbcStores stores, GridTransform transform) {
        return DemoData.loadIfEmpty(
                stores.cadastre(),
                stores.register(),
                Clock.systemUTC(),
                DemoAreaGenerator.DEFAULT_SEED,
                DemoAreaGenerator.DEFAULT_SIZE,
                transform,
                line -> {});
    }
}
