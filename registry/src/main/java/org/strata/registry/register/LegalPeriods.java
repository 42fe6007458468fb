package org.strata.registry.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/** The periods after which registrations lapse by law, named once. */
public final class LegalPeriods {
    /** An objection lapses when the applicant does not sue within 15 days (Civil Code art. 220). */
    public static final int OBJECTION_DAYS = 15;
    /** An advance notice lapses 90 days after registration of the right became possible (Civil Code art. 221). */
    public static final int ADVANCE_NOTICE_DAYS = 90;
    /** The time zone in which the register's days are counted (China Standard Time). */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /**
     * The default term of a seizure of real estate and of each renewal, in years, when the court order
     * states none (the Supreme People's Court's rules on seizure; verify against the order in practice).
     */
    public static final Period DEFAULT_SEIZURE_TERM = Period.ofYears(3);

    private LegalPeriods() {}

    /**
     * The end of a period of {@code days} days that begins with an event at {@code start} (Civil Code art. 201):
     * the day of the event is not counted, the period starts the next day and ends at the end of its last day,
     * days counted in China Standard Time; a last day that is a statutory rest day gives way to the first working
     * day after the rest (art. 203, {@link RestDays}); the instant returned is the first moment after the period.
     */
    public static Instant endOfDays(Instant start, int days) {
        return endOfDays(start.atZone(CHINA).toLocalDate(), days);
    }

    /** The end of a period of {@code days} days that begins on {@code day} (not counted), as {@link #endOfDays(Instant, int)}. */
    public static Instant endOfDays(LocalDate day, int days) {
        LocalDate last = RestDays.standard().firstWorkingDayFrom(day.plusDays(days));
        return last.plusDays(1).atStartOfDay(CHINA).toInstant();
    }
}
