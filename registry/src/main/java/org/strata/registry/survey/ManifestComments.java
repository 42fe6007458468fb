package org.strata.registry.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The surveyor's comments in a package's manifest on its warnings, one entry per commented rule. */
final class ManifestComments {
    private ManifestComments() {}

    /** The comment entries of a stored package: the first comment the manifest gives on each warned rule. */
    static List<PackageEntry> on(CheckReport report, Manifest manifest, String id, String author, Instant now) {
        List<PackageEntry> comments = new ArrayList<>();
        for (CheckResult r : report.of(Severity.WARNING)) {
            String comment = manifest.comments().get(r.rule());
            if (comment != null
                    && !comment.isBlank()
                    && comments.stream().noneMatch(c -> c.subject().equals(r.rule()))) {
                comments.add(new PackageEntry(
                        UUID.randomUUID().toString(),
                        id,
                        EntryKind.COMMENT,
                        "",
                        r.rule(),
                        "commented",
                        comment,
                        author,
                        now));
            }
        }
        return comments;
    }
}
