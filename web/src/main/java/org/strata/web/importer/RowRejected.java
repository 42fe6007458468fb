package org.strata.web.importer;

/** Thrown by the row reader when a feature breaks a rule; becomes a {@link Reject} with its row. */
final class RowRejected extends RuntimeException {
    private final String rule;

    RowRejected(String rule, String message) {
        super(message, null, false, false);
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}
