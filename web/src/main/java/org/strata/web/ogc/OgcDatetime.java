package org.strata.web.ogc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.strata.registry.port.TimeWindow;
import org.strata.registry.register.LegalPeriods;
import org.strata.web.http.ApiException;

/**
 * The {@code datetime} parameter of OGC API – Features Part 1 (7.15.4): an instant, or an interval {@code start/end}
 * whose ends may be open ({@code ..} or empty), each an RFC 3339 date-time or a full date. A date is the whole of that
 * day in China Standard Time, the register's legal time.
 */
final class OgcDatetime {
    private OgcDatetime() {}

    /**
     * The window a {@code datetime} value names.
     *
     * @throws ApiException 400 {@code invalid-datetime} naming the part that is not a date-time
     */
    static TimeWindow parse(String text) {
        String value = text.trim();
        if (!value.contains("/")) {
            if (value.length() == 10) {
                LocalDate day = date(value, "datetime");
                return new TimeWindow(Optional.of(startOf(day)), Optional.of(endOf(day)));
            }
            return TimeWindow.at(instant(value, "datetime"));
        }
        String[] ends = value.split("/", -1);
        if (ends.length != 2) {
            throw ApiException.badRequest(
                    "invalid-datetime", "datetime '" + text + "' has more than one '/': use start/end");
        }
        Optional<Instant> start = end(ends[0], "the start", true);
        Optional<Instant> end = end(ends[1], "the end", false);
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw ApiException.badRequest("invalid-datetime", "datetime '" + text + "' starts after it ends");
        }
        return new TimeWindow(start, end);
    }

    private static Optional<Instant> end(String part, String which, boolean start) {
        if (part.isEmpty() || part.equals("..")) {
            return Optional.empty();
        }
        if (part.length() == 10) {
            LocalDate day = date(part, which);
            return Optional.of(start ? startOf(day) : endOf(day));
        }
        return Optional.of(instant(part, which));
    }

    private static Instant instant(String text, String which) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "invalid-datetime",
                    "datetime: " + which + " '" + text + "' is not an RFC 3339 date-time such as 2024-06-01T00:00:00Z"
                            + " or a date such as 2024-06-01 (at position " + e.getErrorIndex() + ")");
        }
    }

    private static LocalDate date(String text, String which) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "invalid-datetime",
                    "datetime: " + which + " '" + text + "' is not a date such as 2024-06-01 (at position "
                            + e.getErrorIndex() + ")");
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LegalPeriods.CHINA).toInstant();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(LegalPeriods.CHINA).toInstant().minusNanos(1);
    }
}
