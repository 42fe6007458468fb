package org.strata.registry.survey;

import java.util.List;
import java.util.Objects;

/**
 * The result of one check on a survey package.
 *
 * @param rule the stable rule id (e.g. {@code measure.unit-overlap})
 * @param severity error, warning or info
 * @param measured the measured value, in words with its unit ("" when the rule measures nothing)
 * @param limit the limit it was held to ("" when none)
 * @param features the ids of the features concerned (unit codes, part paths, point ids)
 * @param message what was found, for people
 */
public record CheckResult(
        String rule, Severity severity, String measured, String limit, List<String> features, String message) {
    /** Checks the fields. */
    public CheckResult {
        Checks.text(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(limit, "limit");
        features = List.copyOf(features);
        Checks.text(message, "message");
    }

    /** An error with no measurement. */
    public static CheckResult error(String rule, List<String> features, String message) {
        return new CheckResult(rule, Severity.ERROR, "", "", features, message);
    }

    /** A measured result. */
    public static CheckResult measured(
            String rule, Severity severity, String measured, String limit, List<String> features, String message) {
        return new CheckResult(rule, severity, measured, limit, features, message);
    }

    /** The same result with another severity (a warning answered by a comment stays a warning). */
    public CheckResult withSeverity(Severity other) {
        return new CheckResult(rule, other, measured, limit, features, message);
    }
}
