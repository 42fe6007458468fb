package org.strata.data.demo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.RegisterImport;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.unit.UnitCode;

/** Loads the demo area: the cadastre, then its units' first registrations, finishing a load that was cut short. */
public final class DemoData {
    /** The identity document number of the demo account {@code owner}. */
    public static final String DEMO_OWNER_ID_NUMBER = DemoBuilder.DEMO_OWNER.idNumber();

    /** The import batch the demo area's first registrations name. */
    public static final String IMPORT_BATCH = "demo-import";

    private DemoData() {}

    /**
     * Generates the demo area and writes what the stores lack of it, telling progress as it goes. The cadastre is
     * written in one transaction and the registrations of its county in another, so a load cut short (a killed
     * process) leaves the cadastre without the registrations, never half of either; the next start finds the
     * units without events and records them.
     *
     * @return what was written, or null when the stores held it all, or held parcels of something else
     */
    public static DemoArea loadIfEmpty(
            CadastreStore cadastre,
            RegisterStore register,
            Clock clock,
            long seed,
            int size,
            GridTransform transform,
            Consumer<String> progress) {
        DemoArea area = new DemoAreaGenerator(seed, size, transform).generate();
        if (cadastre.count(FeatureKind.PARCEL) == 0) {
            progress.accept("writing " + area.cadastre().parcels().size() + " parcels, "
                    + area.cadastre().buildings().size() + " buildings, "
                    + area.cadastre().units().size() + " units");
            cadastre.add(area.cadastre());
        } else if (cadastre.parcel(area.cadastre().parcels().get(0).unitCode()).isEmpty()) {
            return null;
        }
        Set<UnitCode> registered = register.eventsOfUnits(
                        area.registrations().stream().map(Application::unitCode).toList())
                .keySet();
        List<Application> missing = area.registrations().stream()
                .filter(a -> !registered.contains(a.unitCode()))
                .toList();
        if (missing.isEmpty()) {
            return null;
        }
        if (missing.size() < area.registrations().size()) {
            progress.accept(
                    "an earlier load was cut short; recording the " + missing.size() + " missing registrations");
        }
        Actor importer = new Actor(
                "demo-import", "Demo data import", Role.OFFICER, List.of(DemoAreaGenerator.COUNTY), Optional.empty());
        int total = missing.size();
        new RegisterImport(register, cadastre, clock)
                .importFirstRegistrations(
                        importer,
                        IMPORT_BATCH,
                        missing,
                        n -> progress.accept("recorded " + n + " of " + total + " first registrations"));
        return area;
    }
}
