package org.strata.registry.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A sliding one-hour window of lookups per identity for the public tier; times come from the clock port. */
public final class RateLimiter {
    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> lookups = new ConcurrentHashMap<>();

    /** A limiter allowing {@code perHour} lookups an hour for each identity. */
    public RateLimiter(int perHour, Clock clock) {
        if (perHour < 1) {
            throw new IllegalArgumentException("perHour " + perHour + " must be at least 1");
        }
        this.perHour = perHour;
        this.clock = clock;
    }

    /**
     * Counts one lookup by {@code subject}.
     *
     * @throws RateLimitedException when the identity has used its budget for the past hour
     */
    public void take(String subject) {
        Instant now = clock.instant();
        Deque<Instant> window = lookups.computeIfAbsent(subject, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
                window.pollFirst();
            }
            if (window.size() >= perHour) {
                Duration wait = Duration.between(now, window.peekFirst().plus(WINDOW));
                throw new RateLimitedException(
                        "the public tier allows " + perHour + " lookups an hour; try again in "
                                + Math.max(1, wait.toSeconds()) + " s",
                        wait);
            }
            window.addLast(now);
        }
    }
}
