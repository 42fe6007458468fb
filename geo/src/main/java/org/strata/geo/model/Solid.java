package org.strata.geo.model;

import java.util.List;

/**
 * A polyhedral solid (ISO 19107 GM_Solid): an outer shell and any inner shells (cavities).
 *
 * @param outer the outer shell, faces oriented outwards
 * @param inner the inner shells, faces oriented into the cavity's surroundings
 */
public record Solid(Shell outer, List<Shell> inner) {
    /** Copies the inner shells. */
    public Solid {
        inner = List.copyOf(inner);
    }

    /** All shells, outer first. */
    public List<Shell> shells() {
        java.util.List<Shell> all = new java.util.ArrayList<>();
        all.add(outer);
        all.addAll(inner);
        return all;
    }
}
