package org.strata.registry.access;

import java.time.Duration;

/** The public tier's lookup budget is spent; the asker may try again after {@link #retryAfter()}. */
public final class RateLimitedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /** A refusal with the time to wait. */
    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next lookup is allowed. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
