package org.strata.registry.port;

/**
 * Thrown when the store's schema refuses a value that passed every check before it (a text longer than its field,
 * a number out of its range, a broken constraint): the write is rolled back, and the request is at fault, not the
 * store.
 */
public final class RejectedValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal with the store's own failure as cause (kept for the log, never shown to clients). */
    public RejectedValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
