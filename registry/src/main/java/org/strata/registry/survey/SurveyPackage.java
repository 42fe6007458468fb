package org.strata.registry.survey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored, immutable version of a commission's combined survey package (its bytes are kept apart).
 *
 * @param id the package id
 * @param commissionId the commission
 * @param projectCode the project
 * @param stage the stage
 * @param version 1, 2, ... for the commission
 * @param supersedes the package it replaces
 * @param reason why it replaces it
 * @param status where it stands
 * @param uploadedBy the surveyor who uploaded it
 * @param uploadedAt when
 * @param sha256 the SHA-256 of the ZIP
 * @param reportId the report of the checks run on arrival
 * @param parts the parts as the manifest lists them
 */
public record SurveyPackage(
        String id,
        String commissionId,
        String projectCode,
        Stage stage,
        int version,
        Optional<String> supersedes,
        Optional<String> reason,
        PackageStatus status,
        String uploadedBy,
        Instant uploadedAt,
        String sha256,
        String reportId,
        List<ManifestPart> parts) {
    /** Checks the fields. */
    public SurveyPackage {
        Checks.text(id, "id");
        Checks.text(commissionId, "commissionId");
        Checks.text(projectCode, "projectCode");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Checks.text(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Checks.text(sha256, "sha256");
        Checks.text(reportId, "reportId");
        parts = List.copyOf(parts);
    }

    /** The parts a department reads: those of an item it consumes. */
    public List<ManifestPart> partsFor(Department department) {
        return parts.stream()
                .filter(p -> p.items().stream().anyMatch(i -> i.consumers().contains(department)))
                .toList();
    }
}
