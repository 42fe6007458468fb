package org.strata.data.demo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.access.Actor;
import org.strata.registry.access.Role;
import org.strata.registry.cases.RegisterImport;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.port.RegisterStore;

/** Loads the demo area into stores that hold no parcels yet: the cadastre, then its units' first registrations. */
public final class DemoData {
    /** The identity document number of the demo account {@code owner}. */
    public static final String DEMO_OWNER_ID_NUMBER = DemoBuilder.DEMO_OWNER.idNumber();

    /** The import batch the demo area's first registrations name. */
    public static final String IMPORT_BATCH = "demo-import";

    private DemoData() {}

    /**
     * Generates the demo area and writes it when the cadastre is empty, telling progress as it goes.
     *
     * @return what was written, or null when the store already held parcels and nothing was written
     */
    public static DemoArea loadIfEmpty(
            CadastreStore cadastre,
            RegisterStore register,
            Clock clock,
            long seed,
            int size,
            GridTransform transform,
            Consumer<String> progress) {
        if (cadastre.count(FeatureKind.PARCEL) > 0) {
            return null;
        }
        DemoArea area = new DemoAreaGenerator(seed, size, transform).generate();
        progress.accept("writing " + area.cadastre().parcels().size() + " parcels, "
                + area.cadastre().buildings().size() + " buildings, "
                + area.cadastre().units().size() + " units");
        cadastre.add(area.cadastre());
        Actor importer = new Actor(
                "demo-import", "Demo data import", Role.OFFICER, List.of(DemoAreaGenerator.COUNTY), Optional.empty());
        int total = area.registrations().size();
        new RegisterImport(register, cadastre, clock)
                .importFirstRegistrations(
                        importer,
                        IMPORT_BATCH,
                        area.registrations(),
                        n -> progress.accept("recorded " + n + " of " + total + " first registrations"));
        return area;
    }
}
