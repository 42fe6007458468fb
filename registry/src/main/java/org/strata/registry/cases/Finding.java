package org.strata.registry.cases;

import java.util.Objects;
import java.util.Optional;
import org.strata.registry.unit.UnitCode;

/**
 * What a rule found about an application: a blocker stops recording, a warning informs.
 *
 * @param code the rule's stable code (e.g. {@code seized})
 * @param severity blocker or warning
 * @param unitCode the unit concerned
 * @param eventId the register event that causes it, if any
 * @param message the explanation shown to the applicant
 * @param overlapCubicMetres for a spatial conflict, the volume shared with the conflicting unit (infinite when
 *     unbounded)
 */
public record Finding(
        String code,
        Severity severity,
        UnitCode unitCode,
        Optional<String> eventId,
        String message,
        Optional<Double> overlapCubicMetres) {
    /** How much a finding weighs. */
    public enum Severity {
        /** Stops recording. */
        BLOCKER,
        /** Informs only. */
        WARNING
    }

    /** Checks the fields. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(overlapCubicMetres, "overlapCubicMetres");
    }

    /** A blocker. */
    public static Finding blocker(String code, UnitCode unit, Optional<String> eventId, String message) {
        return new Finding(code, Severity.BLOCKER, unit, eventId, message, Optional.empty());
    }

    /** A blocking spatial conflict with another unit, and the volume they share. */
    public static Finding conflict(String code, UnitCode other, double cubicMetres, String message) {
        return new Finding(code, Severity.BLOCKER, other, Optional.empty(), message, Optional.of(cubicMetres));
    }

    /** A warning. */
    public static Finding warning(String code, UnitCode unit, Optional<String> eventId, String message) {
        return new Finding(code, Severity.WARNING, unit, eventId, message, Optional.empty());
    }

    /** Whether this finding stops recording. */
    public boolean blocks() {
        return severity == Severity.BLOCKER;
    }
}
