package org.strata.registry.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;
import org.strata.geo.op.ContainmentOp;
import org.strata.geo.op.Overlap;
import org.strata.geo.op.OverlapOp;
import org.strata.registry.cadastre.Building;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.unit.ParcelRightLetter;
import org.strata.registry.unit.UnitCode;

/**
 * The 3D rules a new unit must meet before it is registered (Civil Code arts. 345-346): exclusive
 * construction-land use rights (B/S/X) do not share interior volume; a building unit lies inside its
 * building and its parcel's volume and shares no volume with other units; the code's S/X/B letter agrees with
 * where the volume lies relative to the ground reference; the stated area agrees with the computed one.
 * Neighbours come from the store's spatial index; the exact tests run here.
 */
public final class SpaceRules {
    /** Relative tolerance between a stated and a computed area. */
    public static final double AREA_TOLERANCE = 0.005;

    private static final Set<ParcelRightLetter> CONSTRUCTION_LAND =
            EnumSet.of(ParcelRightLetter.B, ParcelRightLetter.S, ParcelRightLetter.X);

    private final CadastreStore cadastre;
    private final double groundMetres;

    /**
     * Rules over the cadastre.
     *
     * @param cadastre where the registered volumes are
     * @param groundMetres the ground surface reference, metres of the 1985 datum
     */
    public SpaceRules(CadastreStore cadastre, double groundMetres) {
        this.cadastre = cadastre;
        this.groundMetres = groundMetres;
    }

    /** All findings for a new unit. */
    public List<Finding> check(NewUnit unit) {
        if (unit.parcel().isPresent()) {
            return parcel(unit.parcel().get());
        }
        return buildingUnit(unit.buildingUnit().orElseThrow());
    }

    private List<Finding> parcel(Parcel p) {
        List<Finding> findings = new ArrayList<>(parcelAlone(p));
        if (exclusive(p.unitCode())) {
            Volume volume = p.volume();
            findings.addAll(overlaps(
                    p, cadastre.volumesNear(volume.box().plan(), volume.box().heights())));
        }
        return findings;
    }

    /** The findings a parcel draws by itself: its layer against the ground reference and its stated area. */
    public List<Finding> parcelAlone(Parcel p) {
        List<Finding> findings = new ArrayList<>();
        UnitCode code = p.unitCode();
        layer(p).ifPresent(findings::add);
        double computed = p.computedAreaSquareMetres();
        if (Math.abs(p.statedAreaSquareMetres() - computed) > AREA_TOLERANCE * computed) {
            findings.add(Finding.blocker(
                    "area-mismatch",
                    code,
                    Optional.empty(),
                    "the stated area "
                            + p.statedAreaSquareMetres() + " m² differs from the area of the boundary, "
                            + round(computed)
                            + " m², by more than " + (AREA_TOLERANCE * 100) + "%"));
        }
        return findings;
    }

    /** Whether a unit is an exclusive construction-land use right (B, S or X), whose volume no other such shares. */
    public static boolean exclusive(UnitCode code) {
        return code.isLandUnit() && CONSTRUCTION_LAND.contains(code.parcel().rightLetter());
    }

    /** The conflicts of a parcel with those of its neighbours that are exclusive rights sharing interior volume. */
    public static List<Finding> overlaps(Parcel p, List<RegisteredVolume> neighbours) {
        List<Finding> findings = new ArrayList<>();
        UnitCode code = p.unitCode();
        if (!exclusive(code)) {
            return findings;
        }
        Volume volume = p.volume();
        for (RegisteredVolume other : neighbours) {
            if (other.kind() != RegisteredVolume.Kind.PARCEL
                    || !exclusive(other.unitCode())
                    || other.unitCode().equals(code)) {
                continue;
            }
            Overlap o = OverlapOp.overlap(volume, other.volume());
            if (o.interiorsOverlap()) {
                findings.add(Finding.conflict(
                        "volume-overlap",
                        other.unitCode(),
                        o.cubicMetres(),
                        "the volume of " + code + " shares " + describe(o)
                                + " with the construction-land use right "
                                + other.unitCode() + " " + other.prism().heights()
                                + (other.prism().heights().isBounded()
                                        ? ""
                                        : "; bound that right first (a change"
                                                + " registration with its holder's consent)")));
            }
        }
        return findings;
    }

    private List<Finding> buildingUnit(BuildingUnit u) {
        List<Finding> findings = new ArrayList<>();
        Volume volume = u.volume();
        Optional<Building> building = cadastre.building(u.buildingCode());
        if (building.isEmpty()) {
            findings.add(Finding.blocker(
                    "building-not-found",
                    u.unitCode(),
                    Optional.empty(),
                    "building " + u.buildingCode() + " is not in the cadastre"));
        } else if (!ContainmentOp.within(
                volume, new Prism(building.get().footprint(), building.get().heights()))) {
            findings.add(Finding.blocker(
                    "outside-building",
                    u.unitCode(),
                    Optional.empty(),
                    "unit " + u.unitCode() + " " + u.heights() + " does not lie inside its building " + u.buildingCode()
                            + " " + building.get().heights()));
        }
        cadastre.parcel(UnitCode.landOf(u.unitCode().parcel())).ifPresent(parcel -> {
            if (!ContainmentOp.within(volume, parcel.volume())) {
                findings.add(Finding.blocker(
                        "outside-parcel",
                        u.unitCode(),
                        Optional.empty(),
                        "unit " + u.unitCode() + " does not lie inside the volume of its parcel " + parcel.unitCode()
                                + " " + parcel.heights()));
            }
        });
        if (u.innerAreaSquareMetres() > u.footprint().areaSquareMetres() * (1 + AREA_TOLERANCE)) {
            findings.add(Finding.blocker(
                    "area-mismatch",
                    u.unitCode(),
                    Optional.empty(),
                    "the inner area "
                            + u.innerAreaSquareMetres() + " m² exceeds the area of the unit's outline, "
                            + round(u.footprint().areaSquareMetres()) + " m²"));
        }
        for (RegisteredVolume other :
                cadastre.volumesNear(volume.box().plan(), volume.box().heights())) {
            if (other.kind() != RegisteredVolume.Kind.UNIT || other.unitCode().equals(u.unitCode())) {
                continue;
            }
            Overlap o = OverlapOp.overlap(volume, other.volume());
            if (o.interiorsOverlap()) {
                findings.add(Finding.conflict(
                        "volume-overlap",
                        other.unitCode(),
                        o.cubicMetres(),
                        "unit " + u.unitCode() + " shares " + describe(o) + " with unit " + other.unitCode()));
            }
        }
        return findings;
    }

    private Optional<Finding> layer(Parcel p) {
        UnitCode code = p.unitCode();
        HeightRange h = p.heights();
        String problem =
                switch (code.parcel().rightLetter()) {
                    case S -> h.bottomOrNull() == null || h.bottomOrNull() < groundMetres
                            ? "an above-ground (S) right must lie above the ground reference " + groundMetres + " m"
                            : null;
                    case X -> h.topOrNull() == null || h.topOrNull() > groundMetres
                            ? "an underground (X) right must lie below the ground reference " + groundMetres + " m"
                            : null;
                    case B -> (h.bottomOrNull() != null && h.bottomOrNull() > groundMetres)
                                    || (h.topOrNull() != null && h.topOrNull() < groundMetres)
                            ? "a surface (B) right must include the ground reference " + groundMetres + " m"
                            : null;
                    default -> null;
                };
        return Optional.ofNullable(problem)
                .map(message -> Finding.blocker(
                        "layer-mismatch", code, Optional.empty(), "unit " + code + " " + h + ": " + message));
    }

    private static String describe(Overlap o) {
        return o.unbounded() ? "an unbounded volume" : round(o.cubicMetres()) + " m³";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
