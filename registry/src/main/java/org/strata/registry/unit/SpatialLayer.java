package org.strata.registry.unit;

import java.util.Locale;

/** Where a construction-land use right lies relative to the ground surface (Civil Code art. 345). */
public enum SpatialLayer {
    /** Created on the surface (code letter B). */
    SURFACE,
    /** Created above ground (code letter S). */
    ABOVE_GROUND,
    /** Created underground (code letter X). */
    UNDERGROUND,
    /** Not a layered construction-land use right. */
    NOT_LAYERED;

    /** The name used in the API: surface, above-ground, underground, not-layered. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
