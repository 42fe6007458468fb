package org.strata.registry.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.registry.port.RegisterFixtures.application;
import static org.strata.registry.port.RegisterFixtures.as;
import static org.strata.registry.port.RegisterFixtures.details;
import static org.strata.registry.port.RegisterFixtures.parties;
import static org.strata.registry.port.RegisterFixtures.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.unit.UnitCode;

/**
 * The time limits of an accepted application (Interim Regulation art. 20; Civil Code arts. 201, 203): counted in
 * working days from the day after acceptance, China time, over the State Council's rest-day arrangement, to the end
 * of the last day; the days waiting for a correction are not counted.
 */
class TimeLimitsTest {
    private static final TimeLimits LIMITS = TimeLimits.withTarget(1);

    @ParameterizedTest(name = "accepted {0}, {1} working days: ends {2} ({3})")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            2026-12-02T02:00:00Z | 1  | 2026-12-03T16:00:00Z | Wednesday morning: the end of Thursday
            2026-12-02T17:30:00Z | 1  | 2026-12-04T16:00:00Z | 01:30 on Thursday in China: Thursday is the day of acceptance
            2026-12-04T02:00:00Z | 1  | 2026-12-07T16:00:00Z | Friday: the weekend is not counted
            2026-12-05T02:00:00Z | 1  | 2026-12-07T16:00:00Z | accepted on a Saturday: Monday is the first day
            2026-12-03T02:00:00Z | 30 | 2027-01-15T16:00:00Z | thirty working days over New Year's Day
            """)
    void deadlinesAreCountedInWorkingDaysChinaTime(String accepted, int days, String ends, String why) {
        assertEquals(Instant.parse(ends), LIMITS.after(Instant.parse(accepted), days), why);
    }

    @Test
    void theDaysWaitingForACorrectionAreNotCounted() {
        Instant accepted = Instant.parse("2026-12-07T02:00:00Z"); // a Monday
        Instant asked = Instant.parse("2026-12-08T02:00:00Z");
        Instant answered = Instant.parse("2026-12-11T02:00:00Z"); // Friday: Wednesday to Friday waited
        RegistrationCase c = inReview(
                accepted,
                List.of(
                        new CaseStep("correction-requested", "officer", asked, "the contract"),
                        new CaseStep("corrected", "owner", answered, "")));
        TimeLimits.Clock clock =
                LIMITS.clock(c, Instant.parse("2026-12-14T02:00:00Z")).orElseThrow();
        assertEquals(3, clock.pausedWorkingDays());
        assertEquals(LIMITS.after(accepted, 33), clock.statutoryDeadline());
        assertEquals(LIMITS.after(accepted, 4), clock.targetDeadline());
        assertEquals(30 - (5 - 3), clock.workingDaysLeft(), "Tuesday to Monday is 5 working days, 3 of them paused");
        assertFalse(clock.overdue());
        assertTrue(clock.pastTarget());
        assertFalse(clock.paused());
    }

    @Test
    void theClockStandsStillWhileACorrectionIsAwaitedAndRunsOutAfterThirtyWorkingDays() {
        Instant accepted = Instant.parse("2026-12-07T02:00:00Z");
        RegistrationCase waiting = inReview(
                accepted,
                List.of(new CaseStep("correction-requested", "officer", Instant.parse("2026-12-08T02:00:00Z"), "x")));
        TimeLimits.Clock clock =
                LIMITS.clock(waiting, Instant.parse("2027-03-01T02:00:00Z")).orElseThrow();
        assertTrue(clock.paused());
        assertFalse(clock.overdue(), "the applicant's delay does not make the office late");

        RegistrationCase late = inReview(accepted, List.of());
        TimeLimits.Clock overdue =
                LIMITS.clock(late, Instant.parse("2027-03-01T02:00:00Z")).orElseThrow();
        assertTrue(overdue.overdue());
        assertTrue(overdue.workingDaysLeft() < 0);
    }

    @Test
    void thereIsNoClockBeforeAcceptanceAndNoTargetBeyondTheLaw() {
        RegistrationCase submitted = new RegistrationCase(
                "c",
                anApplication(),
                CaseStatus.SUBMITTED,
                List.of(CaseStep.of("filed", "owner", Instant.parse("2026-12-07T02:00:00Z"))),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                1);
        assertTrue(
                LIMITS.clock(submitted, Instant.parse("2026-12-08T02:00:00Z")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TimeLimits.withTarget(31));
        assertThrows(IllegalArgumentException.class, () -> TimeLimits.withTarget(0));
    }

    private static RegistrationCase inReview(Instant accepted, List<CaseStep> more) {
        List<CaseStep> steps = new ArrayList<>();
        steps.add(CaseStep.of("filed", "owner", accepted.minusSeconds(3600)));
        steps.add(CaseStep.of("accepted", "officer", accepted));
        steps.addAll(more);
        return new RegistrationCase(
                "c", anApplication(), CaseStatus.IN_REVIEW, steps, List.of(), Optional.empty(), Optional.empty(), 1);
    }

    private static org.strata.registry.cases.Application anApplication() {
        return application(
                RegistrationType.TRANSFER,
                UnitCode.parse("330106003005GB00004F00010001"),
                parties(
                        as(PartyRole.TRANSFEROR, person("Alice", 1), "1"),
                        as(PartyRole.TRANSFEREE, person("Bob", 2), "1")),
                details());
    }
}
