package org.strata.registry.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rest-day calendar of art. 203: the State Council's 2026 arrangement, and weekends elsewhere. */
class RestDaysTest {
    private final RestDays days = RestDays.standard();

    @ParameterizedTest(name = "{0} rest={1}")
    @CsvSource({
        "2026-01-01, true", // 元旦
        "2026-01-04, false", // Sunday, a make-up working day
        "2026-02-14, false", // Saturday, worked before the Spring Festival
        "2026-02-23, true", // Monday, the last day of the Spring Festival
        "2026-02-24, false",
        "2026-03-07, true", // an ordinary Saturday
        "2026-04-06, true", // Monday, 清明节
        "2026-05-05, true", // Tuesday, 劳动节
        "2026-05-09, false", // Saturday, worked after Labour Day
        "2026-09-20, false", // Sunday, worked before National Day
        "2026-10-07, true", // Wednesday, 国庆节
        "2026-10-08, false",
        "2026-10-10, false", // Saturday, worked after National Day
        "2027-01-01, true", // no arrangement for 2027 yet: the fixed-date holiday
        "2027-05-03, false", // Monday: only 1-2 May are fixed
        "2027-10-03, true"
    })
    void theCalendarKnowsRestAndWorkingDays(String day, boolean rest) {
        assertEquals(rest, days.isRestDay(LocalDate.parse(day)));
    }

    @Test
    void aRestGivesWayToTheFirstWorkingDayAfterIt() {
        assertEquals(LocalDate.parse("2026-02-24"), days.firstWorkingDayFrom(LocalDate.parse("2026-02-15")));
        assertEquals(LocalDate.parse("2026-10-08"), days.firstWorkingDayFrom(LocalDate.parse("2026-10-01")));
        assertEquals(LocalDate.parse("2026-03-10"), days.firstWorkingDayFrom(LocalDate.parse("2026-03-10")));
        assertTrue(days.arranged(2026));
        assertFalse(days.arranged(2027));
    }

    @Test
    void aBadCalendarIsRefusedByLine() {
        IllegalArgumentException wrongYear = assertThrows(
                IllegalArgumentException.class, () -> RestDays.parse(List.of("year 2026", "2027-01-01 | rest | 元旦")));
        assertTrue(wrongYear.getMessage().contains("line 2"), wrongYear.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> RestDays.parse(List.of("year 2026", "2026-01-01 | holiday | 元旦")));
        assertThrows(
                IllegalArgumentException.class,
                () -> RestDays.parse(List.of("year 2026", "2026-01-01 | rest | 元旦", "2026-01-01 | work | x")));
    }
}
