package org.strata.registry.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A window of legal time: a feature qualifies when its registration was valid at some moment inside it, ends
 * included; an absent end is open.
 *
 * @param start the earliest moment, or empty for no lower bound
 * @param end the latest moment, or empty for no upper bound
 */
public record TimeWindow(Optional<Instant> start, Optional<Instant> end) {
    /** Checks that the start is not after the end. */
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw new IllegalArgumentException(
                    "the window starts (" + start.get() + ") after it ends (" + end.get() + ")");
        }
    }

    /** One instant. */
    public static TimeWindow at(Instant instant) {
        return new TimeWindow(Optional.of(instant), Optional.of(instant));
    }

    /** Whether a validity from {@code from} until {@code to} (exclusive; empty: still valid) shares a moment with it. */
    public boolean overlaps(Instant from, Optional<Instant> to) {
        boolean startedInTime = end.map(e -> !from.isAfter(e)).orElse(true);
        boolean notEndedBefore = to.map(t -> start.map(t::isAfter).orElse(true)).orElse(true);
        return startedInTime && notEndedBefore;
    }
}
