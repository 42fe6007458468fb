package org.strata.registry.port;

/** Thrown when a store cannot do what it was asked for reasons of its own (connection lost, disk full). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
