package org.strata.registry.survey;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a firm's append-only credit record, with its evidence.
 *
 * @param id the entry id
 * @param firmId the firm
 * @param kind what happened
 * @param reference what it refers to (a report, an inspection)
 * @param evidence the evidence, in words or by reference
 * @param recordedBy who recorded it (or "strata" for automatic entries)
 * @param recordedAt when
 */
public record CreditEvent(
        String id,
        String firmId,
        CreditKind kind,
        String reference,
        String evidence,
        String recordedBy,
        Instant recordedAt) {
    /** Checks the fields. */
    public CreditEvent {
        Checks.text(id, "id");
        Checks.text(firmId, "firmId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Checks.text(evidence, "evidence");
        Checks.text(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
