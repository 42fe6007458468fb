package org.strata.geo.io;

/** A geometry file that cannot be read; the message says where and why. */
public final class SolidFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure to read. */
    public SolidFormatException(String message) {
        super(message);
    }
}
