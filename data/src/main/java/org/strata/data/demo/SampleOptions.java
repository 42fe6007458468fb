package org.strata.data.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to vary in a sample.
 *
 * @param asBuiltAreaFactor scales the as-built areas of units above ground (1: as predicted)
 * @param overlappingUnits widens one unit into its neighbour
 * @param version the package version
 * @param supersedes the package id it supersedes, for a version above 1
 * @param reason why it supersedes
 * @param comments the surveyor's comments on warnings, by rule id
 * @param surveyDate the survey date
 */
public record SampleOptions(
        double asBuiltAreaFactor,
        boolean overlappingUnits,
        int version,
        Optional<String> supersedes,
        Optional<String> reason,
        Map<String, String> comments,
        LocalDate surveyDate) {
    /** The plain sample: version 1, surveyed today. */
    public static SampleOptions plain() {
        return new SampleOptions(
                1.0, false, 1, Optional.empty(), Optional.empty(), Map.of(), LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** The same with other as-built areas. */
    public SampleOptions withAreaFactor(double factor) {
        return new SampleOptions(factor, overlappingUnits, version, supersedes, reason, comments, surveyDate);
    }

    /** The same with overlapping units. */
    public SampleOptions withOverlap() {
        return new SampleOptions(asBuiltAreaFactor, true, version, supersedes, reason, comments, surveyDate);
    }

    /** The same as a new version superseding a package. */
    public SampleOptions superseding(int newVersion, String packageId, String why) {
        return new SampleOptions(
                asBuiltAreaFactor,
                overlappingUnits,
                newVersion,
                Optional.of(packageId),
                Optional.of(why),
                comments,
                surveyDate);
    }

    /** The same with a comment on a rule's warnings. */
    public SampleOptions withComment(String rule, String text) {
        Map<String, String> more = new LinkedHashMap<>(comments);
        more.put(rule, text);
        return new SampleOptions(asBuiltAreaFactor, overlappingUnits, version, supersedes, reason, more, surveyDate);
    }
}
