package org.strata.registry.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code manifest.json} of a survey package, as read (its JSON Schema is published by the service).
 *
 * @param formatVersion the package format version, e.g. "1.0"
 * @param version the package version for its commission, 1 for the first
 * @param supersedes the id of the package this version replaces
 * @param reason why it replaces it: correction, re-survey, design-change, inspection-finding
 * @param stage the stage
 * @param projectCode the project
 * @param parcelCodes the project's parcel codes
 * @param permits the permits
 * @param commissionId the commission the package answers
 * @param firmId the firm
 * @param surveyors the registered surveyors who signed
 * @param items the items delivered
 * @param horizontalCrs the declared CRS, e.g. "EPSG:4549"
 * @param extent the declared extent: min easting, min northing, max easting, max northing
 * @param parts the parts
 * @param quantities key quantities by name (parcelArea, gfaAbove, gfaBelow, civilDefenceArea, parkingSpaces, ...)
 * @param surveyDate when the survey was made
 * @param comments the surveyor's comments on expected warnings, by rule id
 */
public record Manifest(
        String formatVersion,
        int version,
        Optional<String> supersedes,
        Optional<String> reason,
        Stage stage,
        String projectCode,
        List<String> parcelCodes,
        List<String> permits,
        String commissionId,
        String firmId,
        List<String> surveyors,
        List<SurveyItem> items,
        String horizontalCrs,
        double[] extent,
        List<ManifestPart> parts,
        Map<String, Double> quantities,
        LocalDate surveyDate,
        Map<String, String> comments) {
    /** Copies the collections. */
    public Manifest {
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(supersedes, "supersedes");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(projectCode, "projectCode");
        parcelCodes = List.copyOf(parcelCodes);
        permits = List.copyOf(permits);
        Objects.requireNonNull(commissionId, "commissionId");
        Objects.requireNonNull(firmId, "firmId");
        surveyors = List.copyOf(surveyors);
        items = List.copyOf(items);
        Objects.requireNonNull(horizontalCrs, "horizontalCrs");
        extent = extent.clone();
        parts = List.copyOf(parts);
        quantities = new TreeMap<>(quantities);
        Objects.requireNonNull(surveyDate, "surveyDate");
        comments = new TreeMap<>(comments);
    }

    /** The declared extent. */
    @Override
    public double[] extent() {
        return extent.clone();
    }

    /** The parts of one kind. */
    public List<ManifestPart> partsOf(PartKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).toList();
    }

    /** A key quantity, if stated. */
    public Optional<Double> quantity(String name) {
        return Optional.ofNullable(quantities.get(name));
    }
}
