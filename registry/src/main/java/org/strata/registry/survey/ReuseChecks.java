package org.strata.registry.survey;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks registration runs again before reusing a parcel survey: its boundary points and stated area under
 * the current rule set, and the survey's age against the configured maximum.
 */
final class ReuseChecks {
    private ReuseChecks() {}

    static List<CheckResult> run(CheckContext context, String parcelCode, RuleSet rules, Clock clock) {
        List<CheckResult> out = new ArrayList<>();
        for (CheckResult r : MeasurementRules.check(context)) {
            boolean boundary =
                    r.rule().startsWith("measure.boundary-point") || r.rule().equals("measure.parcel-area");
            if (boundary && r.features().contains(parcelCode)) {
                out.add(r);
            }
        }
        long years = ChronoUnit.YEARS.between(context.manifest().surveyDate(), SurveyRegistration.today(clock));
        long max = rules.whole("reuse.max-age-years");
        if (years > max) {
            out.add(CheckResult.measured(
                    "reuse.survey-age",
                    Severity.WARNING,
                    years + " years",
                    max + " years",
                    List.of(parcelCode),
                    "the parcel survey is " + years + " years old"));
        }
        return out;
    }
}
