package org.strata.data.demo;

import java.util.List;
import org.strata.registry.cases.Application;
import org.strata.registry.port.CadastreContents;

/**
 * The generated demo area: its cadastre, and a first registration for every unit that has a holder.
 *
 * @param cadastre parcels, buildings with floors, and units
 * @param registrations first registrations of the units, valid since the start of their land use terms
 */
public record DemoArea(CadastreContents cadastre, List<Application> registrations) {
    /** Copies the list. */
    public DemoArea {
        registrations = List.copyOf(registrations);
    }
}
