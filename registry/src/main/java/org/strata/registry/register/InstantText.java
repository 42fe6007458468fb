package org.strata.registry.register;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the UTC instants the register writes ({@code 2024-06-01T08:30:00Z}, with up to nine digits of fraction) at
 * the cost of a few arithmetic steps, and any other ISO-8601 instant through {@link Instant#parse}, with the same
 * result and the same refusals.
 */
public final class InstantText {
    private static final int SHORTEST = "uuuu-MM-ddTHH:mm:ssZ".length();

    private InstantText() {}

    /**
     * The instant a text names.
     *
     * @throws java.time.format.DateTimeParseException when it names none
     */
    public static Instant parse(CharSequence text) {
        int n = text.length();
        if (n < SHORTEST
                || n > SHORTEST + 10
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(n - 1) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nano = fraction(text, 19, n - 1);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || nano < 0
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return Instant.parse(text); // leap seconds, 24:00 and every refusal are Instant.parse's own
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nano);
    }

    /** The decimal number of text[from, to), or -1 when a character there is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Nanoseconds of an empty text or of '.' and one to nine digits, or -1 for anything else. */
    private static int fraction(CharSequence text, int from, int to) {
        if (from == to) {
            return 0;
        }
        if (text.charAt(from) != '.' || to - from < 2) {
            return -1;
        }
        int value = digits(text, from + 1, to);
        for (int i = to - from - 1; i < 9 && value >= 0; i++) {
            value *= 10;
        }
        return value;
    }
}
