package org.strata.registry.unit;

/** Thrown when a text is not a valid unit or parcel code; {@link #part()} names the failing part. */
public final class InvalidUnitCodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String part;

    InvalidUnitCodeException(String part, String message) {
        super(message);
        this.part = part;
    }

    /** The failing part: length, county, zone, subZone, ownership, rightLetter, sequence, fixture or fixtureNumber. */
    public String part() {
        return part;
    }
}
