package org.strata.registry.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Periods in days (Civil Code art. 201): the day of the event is not counted, the period starts the next day and
 * ends at the end of its last day, in China Standard Time, whatever the hour of the event.
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
        // across the end of February
        "2026-02-20T02:00:00Z, 15, 2026-03-07T16:00:00Z",
        // 90 days from 1 March: 2 March - 30 May
        "2026-03-01T04:00:00Z, 90, 2026-05-30T16:00:00Z"
    })
    void aPeriodStartsTheNextDayAndEndsAtTheEndOfItsLastDay(String start, int days, String end) {
        assertEquals(Instant.parse(end), LegalPeriods.endOfDays(Instant.parse(start), days));
    }
}
