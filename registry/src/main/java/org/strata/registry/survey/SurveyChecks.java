package org.strata.registry.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every check on an uploaded package in order — reading, package, geometry, measurement, cross-stage — and
 * marks warnings the surveyor answered in the manifest's comments.
 */
public final class SurveyChecks {
    private SurveyChecks() {}

    /** Every result of the checks. */
    public static List<CheckResult> run(CheckContext c) {
        List<CheckResult> out = new ArrayList<>(c.contents().readProblems());
        out.addAll(c.data().problems());
        out.addAll(PackageRules.check(c));
        out.addAll(GeometryRules.check(c));
        out.addAll(MeasurementRules.check(c));
        out.addAll(CrossStageRules.check(c));
        List<CheckResult> answered = new ArrayList<>();
        for (CheckResult r : out) {
            String comment = c.manifest().comments().get(r.rule());
            if (r.severity() == Severity.WARNING && comment != null && !comment.isBlank()) {
                answered.add(new CheckResult(
                        r.rule(),
                        r.severity(),
                        r.measured(),
                        r.limit(),
                        r.features(),
                        r.message() + " — surveyor's comment: " + comment));
            } else {
                answered.add(r);
            }
        }
        return answered;
    }
}
