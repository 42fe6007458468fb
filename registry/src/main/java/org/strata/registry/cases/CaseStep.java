package org.strata.registry.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a case's workflow, kept for the record.
 *
 * @param step what was done (submitted, accepted, approved, rejected, recorded)
 * @param by who did it
 * @param at when (from the clock port)
 * @param note the reason or other note, empty when none
 */
public record CaseStep(String step, String by, Instant at, String note) {
    /** Checks the fields. */
    public CaseStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }

    /** A step without a note. */
    public static CaseStep of(String step, String by, Instant at) {
        return new CaseStep(step, by, at, "");
    }
}
