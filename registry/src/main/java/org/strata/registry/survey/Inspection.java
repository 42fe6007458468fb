package org.strata.registry.survey;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of inspecting one drawn package: check points measured, errors by class, and the grade.
 *
 * @param id the inspection id
 * @param drawId the draw it belongs to
 * @param packageId the package inspected
 * @param inspector who inspected
 * @param checkPoints how many check points were measured
 * @param grossErrors check points beyond twice the tolerance
 * @param errors check points beyond the tolerance
 * @param grade excellent, good, pass or fail
 * @param at when
 */
public record Inspection(
        String id,
        String drawId,
        String packageId,
        String inspector,
        int checkPoints,
        int grossErrors,
        int errors,
        String grade,
        Instant at) {
    /** Checks the fields. */
    public Inspection {
        Checks.text(id, "id");
        Checks.text(drawId, "drawId");
        Checks.text(packageId, "packageId");
        Checks.text(inspector, "inspector");
        if (checkPoints < 1 || grossErrors < 0 || errors < 0 || grossErrors + errors > checkPoints) {
            throw new IllegalArgumentException("checkPoints must be at least 1 and hold the errors counted");
        }
        Checks.text(grade, "grade");
        Objects.requireNonNull(at, "at");
    }
}
