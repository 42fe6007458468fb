package org.strata.registry.cadastre;

import java.util.Objects;
import java.util.Optional;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;
import org.strata.registry.unit.UnitCode;

/**
 * A parcel (宗地) as a land unit: its footprint in EPSG:4549, its vertical range in the 1985 height datum
 * (unbounded for a plain surface parcel), stated area, land use and location.
 *
 * @param unitCode the land unit code (ends in W00000000)
 * @param footprint the boundary (界址), EPSG:4549 easting/northing metres
 * @param heights the spatial limits (空间界限) in metres of the 1985 datum; unbounded when not stated
 * @param statedAreaSquareMetres the area stated in the register, square metres
 * @param landUse the GB/T 21010 land use
 * @param location the address (坐落)
 * @param solid the exact volume when it is not a prism (a sloped ramp, a tunnel section), as convex parts; the
 *     footprint and heights are then its plan outline and height range
 */
public record Parcel(
        UnitCode unitCode,
        Footprint footprint,
        HeightRange heights,
        double statedAreaSquareMetres,
        LandUse landUse,
        String location,
        Optional<Polyhedron> solid) {
    /** A parcel whose volume is the prism of its footprint and heights. */
    public Parcel(
            UnitCode unitCode,
            Footprint footprint,
            HeightRange heights,
            double statedAreaSquareMetres,
            LandUse landUse,
            String location) {
        this(unitCode, footprint, heights, statedAreaSquareMetres, landUse, location, Optional.empty());
    }

    /** Checks that the code is a land unit and the stated area is positive. */
    public Parcel {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(footprint, "footprint");
        Objects.requireNonNull(heights, "heights");
        Objects.requireNonNull(landUse, "landUse");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(solid, "solid");
        if (!unitCode.isLandUnit()) {
            throw new IllegalArgumentException("parcel unitCode " + unitCode + " is not a land unit (W00000000)");
        }
        if (!(statedAreaSquareMetres > 0) || !Double.isFinite(statedAreaSquareMetres)) {
            throw new IllegalArgumentException(
                    "statedAreaSquareMetres must be positive, not " + statedAreaSquareMetres);
        }
    }

    /** The parcel's volume: its solid, or the prism of its footprint and heights. */
    public Volume volume() {
        return solid.<Volume>map(v -> v).orElseGet(() -> new Prism(footprint, heights));
    }

    /** The area computed from the footprint, square metres. */
    public double computedAreaSquareMetres() {
        return footprint.areaSquareMetres();
    }
}
