package org.strata.registry.survey;

import java.util.List;

/**
 * A firm with its credit record.
 *
 * @param firm the firm
 * @param credit its credit events, oldest first
 */
public record FirmRecord(Firm firm, List<CreditEvent> credit) {
    /** Copies the list. */
    public FirmRecord {
        credit = List.copyOf(credit);
    }

    /** The credit score: 100 plus the points of every event. */
    public int score() {
        return 100 + credit.stream().mapToInt(e -> e.kind().points()).sum();
    }
}
