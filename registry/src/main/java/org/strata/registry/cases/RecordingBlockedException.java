package org.strata.registry.cases;

import java.util.List;

/** Recording was refused by rules with legal effect; the blockers say which and why. Nothing was written. */
public final class RecordingBlockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> blockers;

    /** A refusal listing its blockers. */
    public RecordingBlockedException(List<Finding> blockers) {
        super("recording is blocked: "
                + blockers.stream()
                        .map(Finding::message)
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("no reason"));
        this.blockers = List.copyOf(blockers);
    }

    /** The findings that block. */
    public List<Finding> blockers() {
        return blockers;
    }
}
