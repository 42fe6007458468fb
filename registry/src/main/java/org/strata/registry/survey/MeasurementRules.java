package org.strata.registry.survey;

import static org.strata.registry.survey.GeometryRules.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;
import org.strata.geo.op.ContainmentOp;
import org.strata.geo.op.Overlap;
import org.strata.geo.op.OverlapOp;

/**
 * Measurement rules: boundary points and their classes, stated vs computed parcel areas, unit volumes (no overlaps,
 * inside their building, underground inside the parcel's vertical range), area sums, setting-out and pipelines.
 */
final class MeasurementRules {
    private static final GeometryFactory GF = new GeometryFactory();

    private MeasurementRules() {}

    static List<CheckResult> check(CheckContext c) {
        List<CheckResult> out = new ArrayList<>();
        boundaryPoints(c, out);
        units(c, out);
        sums(c, out);
        SiteTables.check(c, out);
        return out;
    }

    private static void boundaryPoints(CheckContext c, List<CheckResult> out) {
        RuleSet r = c.rules();
        Map<String, Integer> coarsest = new HashMap<>();
        for (SurveyData.BoundaryPoint p : c.data().points()) {
            if (!r.knowsBoundaryClass(p.pointClass())) {
                out.add(CheckResult.measured(
                        "measure.boundary-point-class",
                        Severity.ERROR,
                        String.valueOf(p.pointClass()),
                        "1, 2 or 3",
                        List.of(p.id()),
                        "boundary point " + p.id() + " has accuracy class " + p.pointClass()));
                continue;
            }
            coarsest.merge(p.parcel(), p.pointClass(), Math::max);
            c.data().parcels().stream()
                    .filter(x -> x.code().equals(p.parcel()))
                    .findFirst()
                    .ifPresent(parcel -> {
                        double distance = parcel.boundary()
                                .getExteriorRing()
                                .distance(GF.createPoint(new Coordinate(p.easting(), p.northing())));
                        double limit = r.number("boundary.tolerance-factor") * r.boundaryMeanError(p.pointClass());
                        if (distance > limit) {
                            out.add(CheckResult.measured(
                                    "measure.boundary-point",
                                    Severity.ERROR,
                                    round(distance) + " m",
                                    limit + " m",
                                    List.of(p.id(), p.parcel()),
                                    "boundary point " + p.id() + " lies " + round(distance) + " m off the boundary of "
                                            + p.parcel()));
                        }
                    });
        }
        for (SurveyData.SurveyedParcel p : c.data().parcels()) {
            double computed = p.boundary().getArea();
            int pointClass = coarsest.getOrDefault(p.code(), 3);
            double limit = r.number("area.tolerance-factor") * r.boundaryMeanError(pointClass) * Math.sqrt(computed);
            double diff = Math.abs(p.statedAreaSquareMetres() - computed);
            if (!(diff <= limit)) {
                out.add(CheckResult.measured(
                        "measure.parcel-area",
                        Severity.ERROR,
                        round(diff) + " m²",
                        round(limit) + " m²",
                        List.of(p.code()),
                        "the stated area of " + p.code() + ", "
                                + p.statedAreaSquareMetres() + " m², differs from the boundary's " + round(computed)
                                + " m² by more than the class-" + pointClass + " tolerance"));
            }
        }
    }

    private static void units(CheckContext c, List<CheckResult> out) {
        double epsilon = c.rules().number("unit.overlap-cubic-metres");
        List<SurveyData.SurveyedUnit> units = new ArrayList<>();
        List<Volume> volumes = new ArrayList<>();
        for (SurveyData.SurveyedUnit u : c.data().units()) {
            u.solid().flatMap(UnitVolumes::of).ifPresent(v -> {
                units.add(u);
                volumes.add(v);
            });
        }
        for (int i = 0; i < volumes.size(); i++) {
            for (int j = i + 1; j < volumes.size(); j++) {
                if (!volumes.get(i).box().plan().intersects(volumes.get(j).box().plan())
                        || !volumes.get(i)
                                .box()
                                .heights()
                                .interiorsOverlap(volumes.get(j).box().heights())) {
                    continue;
                }
                Overlap o = OverlapOp.overlap(volumes.get(i), volumes.get(j));
                if (o.interiorsOverlap() && o.cubicMetres() > epsilon) {
                    String a = units.get(i).code();
                    String b = units.get(j).code();
                    out.add(CheckResult.measured(
                            "measure.unit-overlap",
                            Severity.ERROR,
                            round(o.cubicMetres()) + " m³",
                            epsilon + " m³",
                            List.of(a, b),
                            "units " + a + " and " + b + " share " + round(o.cubicMetres()) + " m³"));
                }
            }
        }
        Map<String, Prism> buildings = new HashMap<>();
        for (SurveyData.SurveyedBuilding b : c.data().buildings()) {
            if (b.footprint().isValid() && b.topMetres() > b.bottomMetres()) {
                buildings.put(
                        b.code(),
                        new Prism(
                                Footprint.ofEpsg4549(b.footprint()), HeightRange.of(b.bottomMetres(), b.topMetres())));
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Prism building = buildings.get(units.get(i).building());
            if (building != null && !ContainmentOp.within(volumes.get(i), building)) {
                out.add(CheckResult.error(
                        "measure.unit-outside-building",
                        List.of(units.get(i).code()),
                        "unit " + units.get(i).code() + " does not lie inside building "
                                + units.get(i).building()));
            }
        }
        underground(c, buildings, out);
    }

    private static void underground(CheckContext c, Map<String, Prism> buildings, List<CheckResult> out) {
        List<SurveyData.SurveyedParcel> parcels = new ArrayList<>(c.data().parcels());
        c.earlier().forEach(e -> parcels.addAll(e.data().parcels()));
        for (Map.Entry<String, Prism> b : buildings.entrySet()) {
            String parcelCode = b.getKey().substring(0, Math.min(19, b.getKey().length()));
            parcels.stream()
                    .filter(p -> p.code().equals(parcelCode))
                    .findFirst()
                    .ifPresent(p -> {
                        HeightRange range = p.heights();
                        HeightRange h = b.getValue().heights();
                        boolean below = range.bottomOrNull() != null && h.bottomOrNull() < range.bottomOrNull() - 0.001;
                        boolean above = range.topOrNull() != null && h.topOrNull() > range.topOrNull() + 0.001;
                        if (below || above) {
                            out.add(CheckResult.measured(
                                    "measure.underground-range",
                                    Severity.ERROR,
                                    h.toString(),
                                    range.toString(),
                                    List.of(b.getKey(), p.code()),
                                    "building " + b.getKey() + " " + h + " leaves the vertical range of parcel "
                                            + p.code() + " " + range));
                        }
                    });
        }
    }

    private static void sums(CheckContext c, List<CheckResult> out) {
        double tolerance = c.rules().number("sum.tolerance-square-metres");
        for (SurveyData.SurveyedUnit u : c.data().units()) {
            double parts = u.innerAreaSquareMetres() + u.sharedAreaSquareMetres();
            if (Math.abs(parts - u.buildingAreaSquareMetres()) > tolerance) {
                out.add(CheckResult.measured(
                        "measure.unit-area-parts",
                        Severity.ERROR,
                        round(parts) + " m²",
                        u.buildingAreaSquareMetres() + " m²",
                        List.of(u.code()),
                        "inner + shared area of " + u.code() + " is not its building area"));
            }
        }
        for (SurveyData.SurveyedBuilding b : c.data().buildings()) {
            List<SurveyData.SurveyedUnit> of = c.data().units().stream()
                    .filter(u -> u.building().equals(b.code()))
                    .toList();
            if (of.isEmpty()) {
                continue;
            }
            double sum = of.stream()
                    .mapToDouble(SurveyData.SurveyedUnit::buildingAreaSquareMetres)
                    .sum();
            double gfa = b.gfaAboveSquareMetres() + b.gfaBelowSquareMetres();
            if (Math.abs(sum - gfa) > tolerance) {
                out.add(CheckResult.measured(
                        "measure.unit-sum",
                        Severity.ERROR,
                        round(sum) + " m²",
                        gfa + " m²",
                        List.of(b.code()),
                        "the units of " + b.code() + " sum to " + round(sum)
                                + " m², the building's gross floor area (above + below) is " + gfa + " m²"));
            }
        }
    }
}
