package org.strata.data.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as PostgreSQL's timestamptz holds them: whole microseconds, written as ISO-8601 text in UTC. */
final class MicrosText {
    private static final long FIRST = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

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
        return MICROS.format(at);
    }
}
