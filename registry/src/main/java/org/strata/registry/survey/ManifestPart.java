package org.strata.registry.survey;

import java.util.List;
import java.util.Objects;

/**
 * A part as the manifest lists it.
 *
 * @param path the entry's path inside the ZIP
 * @param kind what it holds
 * @param items the survey items it belongs to
 * @param mediaType its media type
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param featureCount the number of features, rows or city objects it holds (0 for evidence)
 */
public record ManifestPart(
        String path, PartKind kind, List<SurveyItem> items, String mediaType, String sha256, int featureCount) {
    /** Checks the fields. */
    public ManifestPart {
        Checks.text(path, "path");
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        Checks.text(mediaType, "mediaType");
        Checks.text(sha256, "sha256");
    }
}
