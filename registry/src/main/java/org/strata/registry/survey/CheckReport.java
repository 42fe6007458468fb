package org.strata.registry.survey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of one check run on an uploaded package: which rule set ran, when, on what, and every result.
 *
 * @param id the report id
 * @param commissionId the commission the upload was for
 * @param packageId the stored package, when it was accepted
 * @param uploadedBy who uploaded
 * @param checkedAt when the checks ran
 * @param ruleSet the rule set's id and version, as recorded with the run
 * @param sha256 the SHA-256 of the uploaded bytes
 * @param results every result, in the order the checks ran
 */
public record CheckReport(
        String id,
        String commissionId,
        Optional<String> packageId,
        String uploadedBy,
        Instant checkedAt,
        String ruleSet,
        String sha256,
        List<CheckResult> results) {
    /** Checks the fields. */
    public CheckReport {
        Checks.text(id, "id");
        Objects.requireNonNull(commissionId, "commissionId");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Checks.text(ruleSet, "ruleSet");
        Objects.requireNonNull(sha256, "sha256");
        results = List.copyOf(results);
    }

    /** Whether any result is an error: the package is rejected. */
    public boolean rejects() {
        return results.stream().anyMatch(r -> r.severity() == Severity.ERROR);
    }

    /** The results of one severity. */
    public List<CheckResult> of(Severity severity) {
        return results.stream().filter(r -> r.severity() == severity).toList();
    }

    /** The same report naming the package it was stored as. */
    public CheckReport forPackage(String storedPackageId) {
        return new CheckReport(
                id, commissionId, Optional.of(storedPackageId), uploadedBy, checkedAt, ruleSet, sha256, results);
    }
}
