package org.strata.registry.port;

/** Thrown when a store is asked to add a record whose code or id it already holds. */
public final class DuplicateRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A duplicate named in the message. */
    public DuplicateRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
