package org.strata.registry.unit;

import java.util.Objects;

/**
 * A 28-character real-estate unit code of GB/T 37346-2019 (不动产单元代码): a 19-character parcel code
 * followed by the fixture letter and an 8-digit fixture unit number.
 *
 * <p>Layout (0-based positions): 0-5 county, 6-8 cadastral zone, 9-11 sub-zone, 12 ownership letter,
 * 13 right-on-parcel letter, 14-18 parcel sequence, 19 fixture letter, 20-27 fixture unit number. A land
 * unit ends in {@code W00000000}; Strata numbers buildings as 4-digit building number plus 4-digit unit
 * number, the building envelope itself taking unit number {@code 0000}.
 *
 * Two codes are equal when their texts are.
 */
public final class UnitCode implements Comparable<UnitCode> {
    /** Length of a unit code. */
    public static final int LENGTH = 28;

    private static final String LAND_ONLY_NUMBER = "00000000";

    private final ParcelCode parcel;
    private final FixtureLetter fixture;
    private final String fixtureNumber;
    // the canonical text, built once: codes are printed far more often than they are made
    private final String text;

    /** Checks the fixture part against the fixture letter. */
    public UnitCode(ParcelCode parcel, FixtureLetter fixture, String fixtureNumber) {
        Objects.requireNonNull(parcel, "parcel");
        Objects.requireNonNull(fixture, "fixture");
        Objects.requireNonNull(fixtureNumber, "fixtureNumber");
        this.text = parcel + fixture.name() + fixtureNumber;
        checkFixture(text, fixture, fixtureNumber);
        this.parcel = parcel;
        this.fixture = fixture;
        this.fixtureNumber = fixtureNumber;
    }

    /** The parcel code (first 19 characters). */
    public ParcelCode parcel() {
        return parcel;
    }

    /** The fixture letter. */
    public FixtureLetter fixture() {
        return fixture;
    }

    /** The 8-digit fixture unit number. */
    public String fixtureNumber() {
        return fixtureNumber;
    }

    /**
     * Parses and validates a unit code.
     *
     * @throws InvalidUnitCodeException naming the first failing part
     */
    public static UnitCode parse(String text) {
        if (text == null) {
            throw new InvalidUnitCodeException("length", "unit code is missing");
        }
        if (text.length() != LENGTH) {
            throw new InvalidUnitCodeException(
                    "length", "unit code '" + text + "' has " + text.length() + " characters, not " + LENGTH);
        }
        ParcelCode parcel = ParcelCode.parseWithin(text, text.substring(0, ParcelCode.LENGTH));
        String fixtureText = text.substring(19, 20);
        FixtureLetter fixture;
        try {
            fixture = FixtureLetter.valueOf(fixtureText);
        } catch (IllegalArgumentException e) {
            throw new InvalidUnitCodeException(
                    "fixture",
                    "unit code '" + text + "': fixture letter '" + fixtureText
                            + "' at position 19 is not one of F, L, Q, W");
        }
        return new UnitCode(parcel, fixture, text.substring(20));
    }

    /** Whether the text is a valid unit code. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidUnitCodeException e) {
            return false;
        }
    }

    /** The land unit of a parcel: the parcel code followed by {@code W00000000}. */
    public static UnitCode landOf(ParcelCode parcel) {
        return new UnitCode(parcel, FixtureLetter.W, LAND_ONLY_NUMBER);
    }

    /** A building's unit: building number 1-9999 and unit number 0-9999 (0 for the building envelope). */
    public static UnitCode buildingUnit(ParcelCode parcel, int buildingNumber, int unitNumber) {
        if (buildingNumber < 1 || buildingNumber > 9999) {
            throw new IllegalArgumentException("buildingNumber " + buildingNumber + " is outside 1-9999");
        }
        if (unitNumber < 0 || unitNumber > 9999) {
            throw new IllegalArgumentException("unitNumber " + unitNumber + " is outside 0-9999");
        }
        return new UnitCode(parcel, FixtureLetter.F, String.format("%04d%04d", buildingNumber, unitNumber));
    }

    /** Whether this is a land unit (fixture W, number 00000000). */
    public boolean isLandUnit() {
        return fixture == FixtureLetter.W;
    }

    /** The surface / above-ground / underground reading of the parcel's right letter. */
    public SpatialLayer layer() {
        return parcel.rightLetter().layer();
    }

    @Override
    public int compareTo(UnitCode other) {
        return text.compareTo(other.text);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitCode u && u.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static void checkFixture(String code, FixtureLetter fixture, String number) {
        if (number.length() != 8 || !Digits.all(number)) {
            throw new InvalidUnitCodeException(
                    "fixtureNumber", "unit code '" + code + "': fixture unit number '" + number + "' must be 8 digits");
        }
        boolean landOnly = LAND_ONLY_NUMBER.equals(number);
        if (fixture == FixtureLetter.W && !landOnly) {
            throw new InvalidUnitCodeException(
                    "fixtureNumber",
                    "unit code '" + code + "': fixture letter W (no fixture) requires unit number 00000000, not "
                            + number);
        }
        if (fixture != FixtureLetter.W && landOnly) {
            throw new InvalidUnitCodeException(
                    "fixtureNumber",
                    "unit code '" + code + "': fixture letter " + fixture + " needs a non-zero fixture unit number");
        }
        if (fixture == FixtureLetter.F && number.startsWith("0000")) {
            throw new InvalidUnitCodeException(
                    "fixtureNumber", "unit code '" + code + "': building number (positions 20-23) must not be 0000");
        }
    }
}
