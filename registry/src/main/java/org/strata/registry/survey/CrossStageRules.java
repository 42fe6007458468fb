package org.strata.registry.survey;

import static org.strata.registry.survey.GeometryRules.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cross-stage rules against the project's accepted packages of earlier stages: boundary points of a parcel
 * surveyed again, as-built vs predicted unit areas (the 3 % sales-contract threshold), floors, ±0 level and
 * civil-air-defence area against construction. Differences are warnings: a comment, a waiver or a new version.
 */
final class CrossStageRules {
    private CrossStageRules() {}

    static List<CheckResult> check(CheckContext c) {
        List<CheckResult> out = new ArrayList<>();
        c.earlier(Stage.LAND_SUPPLY)
                .ifPresent(land -> BoundaryComparison.compare(
                        "cross.parcel-boundary", land.points(), c.data().points(), c.rules(), Severity.WARNING, out));
        if (c.commission().stage() == Stage.COMPLETION) {
            c.earlier(Stage.CONSTRUCTION).ifPresent(built -> completion(c, built, out));
        }
        return out;
    }

    private static void completion(CheckContext c, SurveyData construction, List<CheckResult> out) {
        double share = c.rules().number("unit.area-change-warning-share");
        Map<String, SurveyData.SurveyedUnit> predicted = construction.predicted().stream()
                .collect(Collectors.toMap(SurveyData.SurveyedUnit::code, Function.identity(), (a, b) -> a));
        for (SurveyData.SurveyedUnit u : c.data().units()) {
            SurveyData.SurveyedUnit p = predicted.remove(u.code());
            if (p == null) {
                out.add(CheckResult.error(
                                "cross.unit-not-predicted",
                                List.of(u.code()),
                                "unit " + u.code() + " was not in the accepted pre-survey; a design change needs a new"
                                        + " construction-stage version first")
                        .withSeverity(Severity.WARNING));
                continue;
            }
            double change =
                    (u.buildingAreaSquareMetres() - p.buildingAreaSquareMetres()) / p.buildingAreaSquareMetres();
            if (Math.abs(change) > share) {
                out.add(CheckResult.measured(
                        "measure.unit-area-change",
                        Severity.WARNING,
                        round(change * 100) + " %",
                        "±" + round(share * 100) + " %",
                        List.of(u.code()),
                        "the as-built area of " + u.code() + ", " + u.buildingAreaSquareMetres()
                                + " m², differs from the predicted " + p.buildingAreaSquareMetres() + " m² by "
                                + round(change * 100) + " %"));
            }
        }
        for (String missing : predicted.keySet()) {
            out.add(CheckResult.measured(
                    "cross.unit-missing",
                    Severity.WARNING,
                    "absent",
                    "present",
                    List.of(missing),
                    "predicted unit " + missing + " has no as-built survey"));
        }
        for (SurveyData.SurveyedBuilding b : c.data().buildings()) {
            construction.buildings().stream()
                    .filter(x -> x.code().equals(b.code()))
                    .findFirst()
                    .ifPresent(d -> {
                        if (b.floorsAbove() != d.floorsAbove() || b.floorsBelow() != d.floorsBelow()) {
                            out.add(CheckResult.measured(
                                    "cross.floors",
                                    Severity.WARNING,
                                    b.floorsAbove() + " above, " + b.floorsBelow() + " below",
                                    d.floorsAbove() + " above, " + d.floorsBelow() + " below",
                                    List.of(b.code()),
                                    "building " + b.code() + " has other floors than permitted"));
                        }
                        corners(c, b, d, out);
                        double height = c.rules().number("height.tolerance-metres");
                        double asBuilt = b.topMetres() - b.zeroLevelMetres();
                        double permitted = d.topMetres() - d.zeroLevelMetres();
                        if (Math.abs(asBuilt - permitted) > height) {
                            out.add(CheckResult.measured(
                                    "cross.building-height",
                                    Severity.WARNING,
                                    round(asBuilt) + " m",
                                    round(permitted) + " ± " + height + " m",
                                    List.of(b.code()),
                                    "building " + b.code() + " is " + round(asBuilt) + " m above ±0, not "
                                            + round(permitted)));
                        }
                        double zero = c.rules().number("zero-level.tolerance-metres");
                        if (Math.abs(b.zeroLevelMetres() - d.zeroLevelMetres()) > zero) {
                            out.add(CheckResult.measured(
                                    "cross.zero-level",
                                    Severity.WARNING,
                                    String.valueOf(b.zeroLevelMetres()),
                                    d.zeroLevelMetres() + " ± " + zero,
                                    List.of(b.code()),
                                    "the ±0 level of " + b.code() + " moved since construction"));
                        }
                    });
        }
        civilDefence(c, construction, out);
    }

    /** The as-built corners against the corners of the construction stage, each to its nearest. */
    private static void corners(
            CheckContext c, SurveyData.SurveyedBuilding b, SurveyData.SurveyedBuilding d, List<CheckResult> out) {
        double tolerance = c.rules().number("building.corner-tolerance-metres");
        double worst = 0;
        for (org.locationtech.jts.geom.Coordinate p :
                b.footprint().getExteriorRing().getCoordinates()) {
            double nearest = Double.POSITIVE_INFINITY;
            for (org.locationtech.jts.geom.Coordinate q :
                    d.footprint().getExteriorRing().getCoordinates()) {
                nearest = Math.min(nearest, p.distance(q));
            }
            worst = Math.max(worst, nearest);
        }
        if (worst > tolerance) {
            out.add(CheckResult.measured(
                    "cross.building-corner",
                    Severity.WARNING,
                    round(worst) + " m",
                    tolerance + " m",
                    List.of(b.code()),
                    "a corner of building " + b.code() + " lies " + round(worst)
                            + " m from the corners surveyed at construction"));
        }
    }

    private static void civilDefence(CheckContext c, SurveyData construction, List<CheckResult> out) {
        Optional<Double> now = SiteTables.columnSum(c, PartKind.CIVIL_DEFENCE, "area");
        Optional<Double> before = c.earlierQuantity(Stage.CONSTRUCTION, "civilDefenceArea");
        if (now.isPresent() && before.isPresent() && before.get() > 0) {
            double change = (now.get() - before.get()) / before.get();
            double share = c.rules().number("civil-defence.area-change-warning-share");
            if (Math.abs(change) > share) {
                out.add(CheckResult.measured(
                        "cross.civil-defence-area",
                        Severity.WARNING,
                        round(change * 100) + " %",
                        "±" + round(share * 100) + " %",
                        List.of("civilDefenceArea"),
                        "the as-built civil-air-defence area differs from the predicted " + before.get() + " m²"));
            }
        }
    }
}
