package org.strata.registry.survey;

import java.time.Instant;
import java.util.Objects;

/**
 * One append-only entry on a stored package: a department's read or review decision, a comment or waiver of a
 * warning, registration's reuse of a part, or a case created from it.
 *
 * @param id the entry id
 * @param packageId the package
 * @param kind what it records
 * @param department the department concerned ("" when none)
 * @param subject what it is about: an item, a rule id, a part path, a case id
 * @param decision the decision (approved, returned, waived, reused, ...) or ""
 * @param text the reason, comment or findings
 * @param actor who
 * @param at when
 */
public record PackageEntry(
        String id,
        String packageId,
        EntryKind kind,
        String department,
        String subject,
        String decision,
        String text,
        String actor,
        Instant at) {
    /** Checks the fields. */
    public PackageEntry {
        Checks.text(id, "id");
        Checks.text(packageId, "packageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(text, "text");
        Checks.text(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
