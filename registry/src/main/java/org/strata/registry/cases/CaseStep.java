package org.strata.registry.cases;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step of a case's workflow, kept for the record.
 *
 * @param step what was done (filed, consented, submitted, accepted, correction-requested, approved, refused,
 *     recorded, certificate-issued…)
 * @param by who did it
 * @param at when (from the clock port)
 * @param note the reason or other note, empty when none
 * @param facts what the step established, by name (a deadline, a rule set's version, the findings' codes…), in
 *     name order; empty when none
 */
public record CaseStep(String step, String by, Instant at, String note, Map<String, String> facts) {
    /** Checks the fields and keeps the facts in name order. */
    public CaseStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        facts = Collections.unmodifiableMap(new TreeMap<>(facts));
    }

    /** A step with a note and no facts. */
    public CaseStep(String step, String by, Instant at, String note) {
        this(step, by, at, note, Map.of());
    }

    /** A step without a note. */
    public static CaseStep of(String step, String by, Instant at) {
        return new CaseStep(step, by, at, "");
    }
}
