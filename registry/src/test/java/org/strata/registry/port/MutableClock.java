package org.strata.registry.port;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand; thread-safe. */
public final class MutableClock extends Clock {
    private volatile Instant now;

    /** A clock showing {@code start}. */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock on. */
    public synchronized Instant advance(Duration by) {
        now = now.plus(by);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
