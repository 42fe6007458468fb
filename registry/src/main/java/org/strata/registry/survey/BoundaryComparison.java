package org.strata.registry.survey;

import static org.strata.registry.survey.GeometryRules.round;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares boundary points surveyed again with the earlier survey of the same points, within their class. */
final class BoundaryComparison {
    private BoundaryComparison() {}

    static void compare(
            String rule,
            List<SurveyData.BoundaryPoint> earlier,
            List<SurveyData.BoundaryPoint> again,
            RuleSet rules,
            Severity severity,
            List<CheckResult> out) {
        Map<String, SurveyData.BoundaryPoint> before = earlier.stream()
                .collect(Collectors.toMap(p -> p.parcel() + "/" + p.id(), Function.identity(), (a, b) -> a));
        for (SurveyData.BoundaryPoint p : again) {
            SurveyData.BoundaryPoint b = before.get(p.parcel() + "/" + p.id());
            if (b == null || !rules.knowsBoundaryClass(b.pointClass())) {
                continue;
            }
            double moved = Math.hypot(p.easting() - b.easting(), p.northing() - b.northing());
            double limit = rules.number("boundary.tolerance-factor") * rules.boundaryMeanError(b.pointClass());
            if (moved > limit) {
                out.add(CheckResult.measured(
                        rule,
                        severity,
                        round(moved) + " m",
                        limit + " m",
                        List.of(p.id(), p.parcel()),
                        "boundary point " + p.id() + " of " + p.parcel() + " moved " + round(moved)
                                + " m since the earlier survey (class " + b.pointClass() + ")"));
            }
        }
    }
}
