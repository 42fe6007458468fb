package org.strata.registry.unit;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.strata.registry.codes.CodeTables;

/**
 * A 19-character parcel code (宗地代码, sea-area code): county, cadastral zone and sub-zone, ownership
 * letter, right-on-parcel letter and parcel sequence number.
 *
 * Two codes are equal when their texts are.
 */
public final class ParcelCode {
    /** Length of a parcel code. */
    public static final int LENGTH = 19;

    /** Province-level prefixes of GB/T 2260 (the first two digits of every county code). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private final String county;
    private final int zone;
    private final int subZone;
    private final OwnershipLetter ownership;
    private final ParcelRightLetter rightLetter;
    private final int sequence;
    // the canonical text, built once: codes are printed far more often than they are made
    private final String text;

    /** Checks every part and the agreement of the ownership and right letters. */
    public ParcelCode(
            String county,
            int zone,
            int subZone,
            OwnershipLetter ownership,
            ParcelRightLetter rightLetter,
            int sequence) {
        this(
                checkedText(county, zone, subZone, ownership, rightLetter, sequence),
                county,
                zone,
                subZone,
                ownership,
                rightLetter,
                sequence);
    }

    /** The text of parts that pass the checks. */
    private static String checkedText(
            String county,
            int zone,
            int subZone,
            OwnershipLetter ownership,
            ParcelRightLetter rightLetter,
            int sequence) {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(rightLetter, "rightLetter");
        check(
                () -> "parcel code " + county + "/" + zone + "/" + subZone + "/" + sequence,
                county,
                zone,
                subZone,
                ownership,
                rightLetter,
                sequence);
        return county
                + padded(zone, 3)
                + padded(subZone, 3)
                + ownership.name()
                + rightLetter.name()
                + padded(sequence, 5);
    }

    /** A code whose parts were checked, with its text. */
    private ParcelCode(
            String text,
            String county,
            int zone,
            int subZone,
            OwnershipLetter ownership,
            ParcelRightLetter rightLetter,
            int sequence) {
        this.county = county;
        this.zone = zone;
        this.subZone = subZone;
        this.ownership = ownership;
        this.rightLetter = rightLetter;
        this.sequence = sequence;
        this.text = text;
    }

    /** The 6-digit county-level division code of GB/T 2260, e.g. 330106 (Xihu, Hangzhou). */
    public String county() {
        return county;
    }

    /** The cadastral zone 地籍区, 1-999. */
    public int zone() {
        return zone;
    }

    /** The cadastral sub-zone 地籍子区, 1-999. */
    public int subZone() {
        return subZone;
    }

    /** The ownership letter. */
    public OwnershipLetter ownership() {
        return ownership;
    }

    /** The right-on-parcel letter. */
    public ParcelRightLetter rightLetter() {
        return rightLetter;
    }

    /** The parcel sequence number, 1-99999. */
    public int sequence() {
        return sequence;
    }

    private static void check(
            Supplier<String> label,
            String county,
            int zone,
            int subZone,
            OwnershipLetter ownership,
            ParcelRightLetter rightLetter,
            int sequence) {
        checkCounty(label, county);
        if (zone < 1 || zone > 999) {
            throw new InvalidUnitCodeException(
                    "zone", label.get() + ": cadastral zone " + zone + " is outside 001-999");
        }
        if (subZone < 1 || subZone > 999) {
            throw new InvalidUnitCodeException(
                    "subZone", label.get() + ": cadastral sub-zone " + subZone + " is outside 001-999");
        }
        if (sequence < 1 || sequence > 99999) {
            throw new InvalidUnitCodeException(
                    "sequence", label.get() + ": parcel sequence " + sequence + " is outside 00001-99999");
        }
        checkLetters(label, ownership, rightLetter);
    }

    private static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /**
     * Parses and validates a parcel code.
     *
     * @throws InvalidUnitCodeException naming the first failing part
     */
    public static ParcelCode parse(String text) {
        if (text == null) {
            throw new InvalidUnitCodeException("length", "parcel code is missing");
        }
        if (text.length() != LENGTH) {
            throw new InvalidUnitCodeException(
                    "length", "parcel code '" + text + "' has " + text.length() + " characters, not " + LENGTH);
        }
        return parseWithin(text, text);
    }

    static ParcelCode parseWithin(String whole, String text) {
        String county = text.substring(0, 6);
        if (!Digits.all(county)) {
            throw new InvalidUnitCodeException(
                    "county", "code '" + whole + "': county code '" + county + "' (positions 0-5) must be 6 digits");
        }
        int zone = digits(whole, text.substring(6, 9), "zone", "cadastral zone", "6-8");
        int subZone = digits(whole, text.substring(9, 12), "subZone", "cadastral sub-zone", "9-11");
        OwnershipLetter ownership;
        try {
            ownership = OwnershipLetter.valueOf(text.substring(12, 13));
        } catch (IllegalArgumentException e) {
            throw new InvalidUnitCodeException(
                    "ownership",
                    "code '" + whole + "': ownership letter '" + text.charAt(12)
                            + "' at position 12 is not one of G, J, Z");
        }
        ParcelRightLetter right;
        try {
            right = ParcelRightLetter.valueOf(text.substring(13, 14));
        } catch (IllegalArgumentException e) {
            throw new InvalidUnitCodeException(
                    "rightLetter",
                    "code '" + whole + "': right letter '" + text.charAt(13)
                            + "' at position 13 is not in the code table (A B S X C D E F H G W Y)");
        }
        int sequence = digits(whole, text.substring(14, 19), "sequence", "parcel sequence", "14-18");
        check(() -> "code '" + whole + "'", county, zone, subZone, ownership, right, sequence);
        return new ParcelCode(text, county, zone, subZone, ownership, right, sequence);
    }

    private static int digits(String whole, String part, String partName, String label, String positions) {
        if (!Digits.all(part)) {
            throw new InvalidUnitCodeException(
                    partName,
                    "code '" + whole + "': " + label + " '" + part + "' (positions " + positions + ") must be digits");
        }
        return Integer.parseInt(part);
    }

    private static void checkCounty(Supplier<String> label, String county) {
        if (county.length() != 6 || !Digits.all(county)) {
            throw new InvalidUnitCodeException(
                    "county", label.get() + ": county code '" + county + "' must be 6 digits");
        }
        if (!PROVINCES.contains(county.substring(0, 2))) {
            throw new InvalidUnitCodeException(
                    "county",
                    label.get() + ": county code '" + county + "' does not start with a GB/T 2260 province code");
        }
        if (county.substring(2, 4).equals("00") || county.substring(4, 6).equals("00")) {
            throw new InvalidUnitCodeException(
                    "county",
                    label.get() + ": '" + county + "' is a province or prefecture code, not a county-level code");
        }
        if (!CodeTables.counties().contains(county)) {
            throw new InvalidUnitCodeException(
                    "county",
                    label.get() + ": county code '" + county
                            + "' is not a county of the code table (GB/T 2260, Zhejiang)");
        }
    }

    private static void checkLetters(Supplier<String> label, OwnershipLetter ownership, ParcelRightLetter right) {
        OwnershipLetter required =
                switch (right) {
                    case A, C -> OwnershipLetter.J;
                    case H, G -> OwnershipLetter.G;
                    default -> null;
                };
        if (required != null && ownership != required) {
            throw new InvalidUnitCodeException(
                    "rightLetter",
                    label.get() + ": right letter " + right + " (" + right.meaning() + ") requires ownership letter "
                            + required + ", not " + ownership);
        }
    }

    /** The surface / above-ground / underground reading of the right letter. */
    public SpatialLayer layer() {
        return rightLetter.layer();
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParcelCode p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
