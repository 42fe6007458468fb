package org.strata.registry.survey;

import java.util.List;

/** An archive refused before its contents could be checked: unsafe entries, or no readable manifest. */
public final class PackageRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<CheckResult> results;

    /** A refusal with the results naming why. */
    public PackageRefusedException(List<CheckResult> results) {
        super(results.isEmpty() ? "package refused" : results.get(0).message());
        this.results = List.copyOf(results);
    }

    /** A refusal for one rule. */
    public static PackageRefusedException of(String rule, String feature, String message) {
        return new PackageRefusedException(List.of(CheckResult.error(rule, List.of(feature), message)));
    }

    /** Why. */
    public List<CheckResult> results() {
        return results;
    }
}
