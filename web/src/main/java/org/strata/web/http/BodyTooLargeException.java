package org.strata.web.http;

/** A request body larger than the service accepts: answered 413 with code {@code body-too-large}. */
public final class BodyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A body over {@code limit} bytes. */
    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
