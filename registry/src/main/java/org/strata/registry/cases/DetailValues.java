package org.strata.registry.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads and bounds the values of an application's details: every number and date a register may hold lies in
 * a range the law and the register's own life allow, so that nothing accepted at submission can later fail to
 * be read, folded or recorded. A failure is a {@link CaseException} of kind INVALID naming the detail.
 */
public final class DetailValues {
    /** The earliest date the register holds: the founding of the People's Republic, 1949-10-01. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    /** The latest date the register holds, for terms that run long into the future. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /** Largest amount of money (yuan) a mortgage may secure: ten trillion. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");
    /**
     * Longest term of a seizure of real estate in years (Supreme People's Court provisions on seizure in civil
     * enforcement, art. 27: a seizure of real estate lasts at most three years, renewable).
     */
    public static final int MAX_SEIZURE_YEARS = 3;
    /** Largest area in square metres any unit may state: 1,000 km². */
    public static final double MAX_AREA_SQUARE_METRES = 1e9;

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private DetailValues() {}

    /** Reads a validity start: an ISO instant, or a date meaning its start in China Standard Time, in range. */
    public static Instant instantOrDate(String text) {
        Instant at;
        try {
            at = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(CHINA).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw CaseException.invalid(
                    "invalid-detail",
                    "validFrom '" + DetailKeys.printable(text) + "' is neither a date (2026-01-31) nor an instant"
                            + " (2026-01-31T08:00:00Z)");
        }
        if (at.isBefore(EARLIEST.atStartOfDay(CHINA).toInstant())
                || at.isAfter(LATEST.atStartOfDay(CHINA).toInstant())) {
            throw outOfRange("validFrom", text);
        }
        return at;
    }

    /** A date in the register's range. */
    static LocalDate date(String name, String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw CaseException.invalid(
                    "invalid-detail",
                    "details." + name + " '" + DetailKeys.printable(text) + "' is not a date like 2026-01-31");
        }
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw outOfRange(name, text);
        }
        return d;
    }

    /** A term {@code start/end} of two dates in range, the start before the end. */
    static void term(String text) {
        String[] ends = text.split("/", -1);
        if (ends.length == 2) {
            try {
                LocalDate start = LocalDate.parse(ends[0]);
                LocalDate end = LocalDate.parse(ends[1]);
                if (start.isBefore(end)) {
                    date("term", ends[0]);
                    date("term", ends[1]);
                    return;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw CaseException.invalid(
                "invalid-detail",
                "details.term '" + DetailKeys.printable(text) + "' is not a date range like 2026-01-01/2046-01-01");
    }

    /** An amount of money in yuan: positive, at most two decimals, at most {@link #MAX_AMOUNT}. */
    static void amount(String text) {
        BigDecimal value = decimal("amount", text);
        if (value.signum() <= 0 || value.scale() > 2 || value.compareTo(MAX_AMOUNT) > 0) {
            throw CaseException.invalid(
                    "invalid-detail",
                    "details.amount '" + DetailKeys.printable(text) + "' is not an amount of yuan above 0, at most "
                            + MAX_AMOUNT.toPlainString() + ", with at most two decimals");
        }
    }

    /** An area in square metres: positive, at most {@link #MAX_AREA_SQUARE_METRES}. */
    static void area(String name, String text) {
        BigDecimal value = decimal(name, text);
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(MAX_AREA_SQUARE_METRES)) > 0) {
            throw CaseException.invalid(
                    "invalid-detail",
                    "details." + name + " '" + DetailKeys.printable(text) + "' is not an area above 0 and at most "
                            + (long) MAX_AREA_SQUARE_METRES + " m²");
        }
    }

    /** A seizure's term in whole years, 1 to {@link #MAX_SEIZURE_YEARS}. */
    static void seizureYears(String text) {
        if (!text.matches("[0-9]{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_SEIZURE_YEARS) {
            throw CaseException.invalid(
                    "invalid-detail",
                    "details.termYears '" + DetailKeys.printable(text) + "' is not a whole number of years from 1 to "
                            + MAX_SEIZURE_YEARS + " (a seizure of real estate lasts at most three years)");
        }
    }

    private static BigDecimal decimal(String name, String text) {
        if (text.length() > 40) {
            throw CaseException.invalid("invalid-detail", "details." + name + " is not a number of sane size");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw CaseException.invalid(
                    "invalid-detail", "details." + name + " '" + DetailKeys.printable(text) + "' is not a number");
        }
    }

    private static CaseException outOfRange(String name, String text) {
        return CaseException.invalid(
                "detail-out-of-range",
                "details." + name + " '" + DetailKeys.printable(text) + "' lies outside the register's dates, "
                        + EARLIEST + " to " + LATEST);
    }
}
