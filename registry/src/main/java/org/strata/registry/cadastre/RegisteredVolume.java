package org.strata.registry.cadastre;

import java.util.Objects;
import java.util.Optional;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;
import org.strata.registry.unit.UnitCode;

/**
 * A registered volume: a land unit's or building unit's prism under its unit code.
 *
 * @param unitCode the unit
 * @param kind whether it is a land unit or a building unit
 * @param prism its plan outline and height range (its volume, unless it has a solid)
 * @param solid its exact volume when it is not a prism
 */
public record RegisteredVolume(UnitCode unitCode, Kind kind, Prism prism, Optional<Polyhedron> solid) {
    /** A prism volume. */
    public RegisteredVolume(UnitCode unitCode, Kind kind, Prism prism) {
        this(unitCode, kind, prism, Optional.empty());
    }

    /** The exact volume. */
    public Volume volume() {
        return solid.<Volume>map(v -> v).orElse(prism);
    }

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
        Objects.requireNonNull(solid, "solid");
    }
}
