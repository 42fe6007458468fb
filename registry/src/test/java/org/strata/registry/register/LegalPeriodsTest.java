package org.strata.registry.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods in days (Civil Code art. 201): the day of the event is not counted, the period starts the next day and
 * ends at the end of its last day, in China Standard Time, whatever the hour of the event; a last day that is a rest
 * day gives way to the first working day after it, as the State Council arranged the year (art. 203).
 */
class LegalPeriodsTest {
    @ParameterizedTest(name = "{0} + {1} days -> {2}")
    @CsvSource({
        // an event at 08:00 CST on 1 March: days 2-16 March, lapsing at midnight CST of 16/17 March
        "2026-03-01T00:00:00Z, 15, 2026-03-16T16:00:00Z",
        // one minute before midnight CST still counts as 1 March
        "2026-03-01T15:59:00Z, 15, 2026-03-16T16:00:00Z",
        // one minute after midnight CST is 2 March (though 1 March in UTC)
        "2026-03-01T16:01:00Z, 15, 2026-03-17T16:00:00Z",
        // across the end of February: the 15th day, Saturday 7 March, gives way to Monday 9 March (art. 203)
        "2026-02-20T02:00:00Z, 15, 2026-03-09T16:00:00Z",
        // 90 days from 1 March: 2 March - Saturday 30 May, so Monday 1 June
        "2026-03-01T04:00:00Z, 90, 2026-06-01T16:00:00Z",
        // ending on the first day of the Labour Day holiday (1-5 May 2026): Wednesday 6 May
        "2026-04-16T02:00:00Z, 15, 2026-05-06T16:00:00Z",
        // ending on Sunday 4 January 2026, a make-up working day: it stays
        "2025-12-20T02:00:00Z, 15, 2026-01-04T16:00:00Z",
        // ending on Saturday 28 February 2026, a make-up working day after the Spring Festival
        "2026-02-13T02:00:00Z, 15, 2026-02-28T16:00:00Z",
        // ending inside the Spring Festival (15-23 February 2026): Tuesday 24 February
        "2026-02-01T02:00:00Z, 15, 2026-02-24T16:00:00Z",
        // a year without the State Council's arrangement: weekends and the fixed-date holidays (1 January 2027)
        "2026-12-17T02:00:00Z, 15, 2027-01-04T16:00:00Z"
    })
    void aPeriodStartsTheNextDayAndEndsAtTheEndOfItsLastDay(String start, int days, String end) {
        assertEquals(Instant.parse(end), LegalPeriods.endOfDays(Instant.parse(start), days));
    }
}
