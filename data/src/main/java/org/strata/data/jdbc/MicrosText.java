package org.strata.data.jdbc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants as PostgreSQL's timestamptz holds them: whole microseconds, written as ISO-8601 text in UTC. */
final class MicrosText {
    private static final long FIRST = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    private MicrosText() {}

    /** The instant rounded half up to a microsecond, or null outside the years 1 to 9999. */
    static Instant round(Instant at) {
        long seconds = at.getEpochSecond();
        long micros = (at.getNano() + 500) / 1000;
        if (micros == 1_000_000) {
            seconds++;
            micros = 0;
        }
        return seconds < FIRST || seconds > LAST ? null : Instant.ofEpochSecond(seconds, micros * 1000);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss.SSSSSSZ} of an instant of whole microseconds within the years 1 to 9999. */
    static String format(Instant at) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC);
        char[] out = new char[27];
        put(out, 0, t.getYear(), 4);
        out[4] = '-';
        put(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, t.getHour(), 2);
        out[13] = ':';
        put(out, 14, t.getMinute(), 2);
        out[16] = ':';
        put(out, 17, t.getSecond(), 2);
        out[19] = '.';
        put(out, 20, t.getNano() / 1000, 6);
        out[26] = 'Z';
        return new String(out);
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
