package org.strata.registry.port;

/** Thrown when a record changed since it was read (optimistic locking lost a race). */
public final class ConcurrentChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A lost race on the named record. */
    public ConcurrentChangeException(String message) {
        super(message);
    }
}
