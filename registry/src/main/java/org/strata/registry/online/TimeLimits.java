package org.strata.registry.online;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.register.LegalPeriods;
import org.strata.registry.register.RestDays;

/**
 * The time limits of an accepted application: the statutory limit of 30 working days from acceptance (Interim
 * Regulation on Real Estate Registration art. 20) and the office's own, shorter target, both counted in working days
 * from the day after acceptance (Civil Code art. 201) to the end of the last day, China time, with the days an
 * application waited for the applicant's correction (补正) not counted.
 *
 * @param statutoryWorkingDays the statutory limit, 30
 * @param targetWorkingDays the local target, e.g. 1
 * @param correctionWorkingDays the working days an applicant is given to answer a correction request
 * @param calendar which days are rest days
 */
public record TimeLimits(
        int statutoryWorkingDays, int targetWorkingDays, int correctionWorkingDays, RestDays calendar) {
    /** The statutory limit of art. 20, in working days. */
    public static final int STATUTORY_WORKING_DAYS = 30;

    /** Checks the limits. */
    public TimeLimits {
        if (statutoryWorkingDays < 1 || targetWorkingDays < 1 || correctionWorkingDays < 1) {
            throw new IllegalArgumentException("time limits are at least one working day");
        }
        if (targetWorkingDays > statutoryWorkingDays) {
            throw new IllegalArgumentException("the local target (" + targetWorkingDays
                    + " working days) exceeds the statutory limit (" + statutoryWorkingDays + ")");
        }
    }

    /** The statutory limit with a local target of {@code targetWorkingDays} and 15 working days for corrections. */
    public static TimeLimits withTarget(int targetWorkingDays) {
        return new TimeLimits(STATUTORY_WORKING_DAYS, targetWorkingDays, 15, RestDays.standard());
    }

    /** The end (24:00, China time) of the {@code workingDays}-th working day after the day of {@code from}. */
    public Instant after(Instant from, int workingDays) {
        LocalDate day = from.atZone(LegalPeriods.CHINA).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (!calendar.isRestDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(LegalPeriods.CHINA).toInstant();
    }

    /** The working days strictly after {@code from}'s day up to and including {@code to}'s day. */
    public int workingDaysBetween(Instant from, Instant to) {
        LocalDate day = from.atZone(LegalPeriods.CHINA).toLocalDate();
        LocalDate last = to.atZone(LegalPeriods.CHINA).toLocalDate();
        int counted = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (!calendar.isRestDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    /**
     * Where an application stands against its limits at {@code now}: nothing before it is accepted; once it is
     * final, the limits as they stood when it ended.
     */
    public Optional<Clock> clock(RegistrationCase c, Instant now) {
        Optional<CaseStep> accepted = c.step("accepted");
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        int paused = 0;
        Instant pausedSince = null;
        for (CaseStep s : c.steps()) {
            if (s.step().equals("correction-requested")) {
                pausedSince = s.at();
            } else if (s.step().equals("corrected") && pausedSince != null) {
                paused += workingDaysBetween(pausedSince, s.at());
                pausedSince = null;
            }
        }
        Instant at = c.status().isFinal() ? c.steps().get(c.steps().size() - 1).at() : now;
        if (pausedSince != null) {
            paused += workingDaysBetween(pausedSince, at);
        }
        Instant start = accepted.get().at();
        Instant statutory = after(start, statutoryWorkingDays + paused);
        Instant target = after(start, targetWorkingDays + paused);
        int used = workingDaysBetween(start, at) - paused;
        return Optional.of(new Clock(
                statutory,
                target,
                statutoryWorkingDays - used,
                at.isAfter(statutory),
                at.isAfter(target),
                paused,
                pausedSince != null));
    }

    /**
     * An application's standing against its limits.
     *
     * @param statutoryDeadline when the statutory limit runs out
     * @param targetDeadline when the local target runs out
     * @param workingDaysLeft statutory working days left (negative when overdue)
     * @param overdue whether the statutory limit has passed
     * @param pastTarget whether the local target has passed
     * @param pausedWorkingDays working days spent waiting for corrections, not counted
     * @param paused whether the clock stands still now, waiting for a correction
     */
    public record Clock(
            Instant statutoryDeadline,
            Instant targetDeadline,
            int workingDaysLeft,
            boolean overdue,
            boolean pastTarget,
            int pausedWorkingDays,
            boolean paused) {}
}
