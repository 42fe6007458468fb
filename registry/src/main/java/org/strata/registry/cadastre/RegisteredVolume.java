package org.strata.registry.cadastre;

import java.util.Objects;
import org.strata.geo.model.Prism;
import org.strata.registry.unit.UnitCode;

/**
 * A registered volume: a land unit's or building unit's prism under its unit code.
 *
 * @param unitCode the unit
 * @param kind whether it is a land unit or a building unit
 * @param prism its volume, EPSG:4549 footprint and 1985-datum heights
 */
public record RegisteredVolume(UnitCode unitCode, Kind kind, Prism prism) {
    /** What kind of unit a volume belongs to. */
    public enum Kind {
        /** A land unit (parcel). */
        PARCEL,
        /** A building unit (户). */
        UNIT
    }

    /** Checks the fields. */
    public RegisteredVolume {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prism, "prism");
    }
}
