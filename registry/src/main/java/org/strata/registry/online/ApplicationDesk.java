package org.strata.registry.online;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Officers;
import org.strata.registry.cases.CaseException;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.CaseStep;
import org.strata.registry.cases.Finding;
import org.strata.registry.cases.RecordingBlockedException;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.RegistrationCase;

/**
 * The officers' side of online registration: the worklist of their counties by status and time left, and the
 * decisions — accept (受理) or not, request a correction (补正) with its deadline, approve, refuse (不予登记) with
 * reasons, record (登簿). Each decision is a step with who and when; repeating the last decision changes nothing.
 */
public final class ApplicationDesk {
    /** The statuses an officer still has work on. */
    public static final Set<CaseStatus> OPEN = EnumSet.of(
            CaseStatus.SUBMITTED,
            CaseStatus.ACCEPTED,
            CaseStatus.IN_REVIEW,
            CaseStatus.NEEDS_CORRECTION,
            CaseStatus.APPROVED);

    private final CaseService cases;
    private final RegisterStore register;
    private final Clock clock;
    private final TimeLimits limits;
    private final Intake intake;

    /** The desk over the parties' side it shares its intake with. */
    public ApplicationDesk(
            CaseService cases, RegisterStore register, Clock clock, TimeLimits limits, Applications applications) {
        this.cases = cases;
        this.register = register;
        this.clock = clock;
        this.limits = limits;
        this.intake = applications.intake();
    }

    /** The version of the register's rule set the desk's decisions name. */
    public String rulesVersion() {
        return cases.rules().version();
    }

    /** The time limits the desk applies. */
    public TimeLimits limits() {
        return limits;
    }

    /** Where a case stands against its time limits now; empty before it is accepted. */
    public Optional<TimeLimits.Clock> clock(RegistrationCase c) {
        return limits.clock(c, clock.instant());
    }

    /**
     * An officer's worklist: the cases of their counties in these statuses (all open ones when empty), optionally
     * only the overdue ones, soonest statutory deadline first and cases not yet accepted by when they were filed.
     */
    public List<RegistrationCase> worklist(Actor officer, Set<CaseStatus> statuses, boolean overdueOnly, int limit) {
        Officers.requireAny(officer);
        Set<CaseStatus> wanted = statuses.isEmpty() ? OPEN : statuses;
        Instant now = clock.instant();
        return officer.counties().stream()
                .flatMap(county -> register.casesOf(county, wanted, limit).stream())
                .filter(c -> !overdueOnly
                        || limits.clock(c, now).map(TimeLimits.Clock::overdue).orElse(false))
                .sorted(Comparator.comparing((RegistrationCase c) -> limits.clock(c, now)
                                .map(TimeLimits.Clock::statutoryDeadline)
                                .orElse(Instant.MAX))
                        .thenComparing(c -> c.steps().get(0).at()))
                .limit(limit)
                .toList();
    }

    /** Accepts a submitted application (受理): the statutory limit starts, the officer reviews it. */
    public RegistrationCase accept(Actor officer, String id) {
        RegistrationCase c = officerCase(officer, id);
        if (repeated(c, "accepted", officer)) {
            return c;
        }
        Applications.requireStatus(c, CaseStatus.SUBMITTED, "be accepted");
        return move(c, CaseStatus.IN_REVIEW, new CaseStep("accepted", officer.subject(), clock.instant(), ""));
    }

    /** Does not accept an application (不予受理), with the reason given to the applicant. */
    public RegistrationCase notAccept(Actor officer, String id, String reason) {
        RegistrationCase c = officerCase(officer, id);
        if (repeated(c, "not-accepted", officer)) {
            return c;
        }
        Applications.requireStatus(c, CaseStatus.SUBMITTED, "be refused acceptance");
        return move(
                c,
                CaseStatus.NOT_ACCEPTED,
                new CaseStep(
                        "not-accepted",
                        officer.subject(),
                        clock.instant(),
                        required(reason, "a refusal to accept states its reason (Interim Regulation art. 17)")));
    }

    /** Asks the applicant to complete the application (补正): what is missing, and by when. */
    public RegistrationCase requestCorrection(Actor officer, String id, String missing) {
        RegistrationCase c = officerCase(officer, id);
        if (repeated(c, "correction-requested", officer)) {
            return c;
        }
        requireInReview(c, "have a correction requested");
        Instant now = clock.instant();
        Instant deadline = limits.after(now, limits.correctionWorkingDays());
        return move(
                c,
                CaseStatus.NEEDS_CORRECTION,
                new CaseStep(
                        "correction-requested",
                        officer.subject(),
                        now,
                        required(missing, "a correction request says everything that is missing, at once"),
                        Map.of("deadline", deadline.toString())));
    }

    /** Approves an application in review; the rules run again and a blocker refuses approval. */
    public RegistrationCase approve(Actor officer, String id) {
        RegistrationCase c = officerCase(officer, id);
        if (repeated(c, "approved", officer)) {
            return c;
        }
        requireInReview(c, "be approved");
        List<Finding> findings = cases.findings(c.application());
        List<Finding> blockers = findings.stream().filter(Finding::blocks).toList();
        if (!blockers.isEmpty()) {
            throw new RecordingBlockedException(blockers);
        }
        return move(
                c,
                CaseStatus.APPROVED,
                new CaseStep(
                        "approved",
                        officer.subject(),
                        clock.instant(),
                        "",
                        Map.of("rules", cases.rules().version())),
                findings);
    }

    /** Refuses registration (不予登记, Interim Regulation art. 22) with its reasons; nothing is recorded. */
    public RegistrationCase refuse(Actor officer, String id, String reason) {
        RegistrationCase c = officerCase(officer, id);
        if (repeated(c, "refused", officer)) {
            return c;
        }
        if (c.status() != CaseStatus.IN_REVIEW
                && c.status() != CaseStatus.ACCEPTED
                && c.status() != CaseStatus.NEEDS_CORRECTION) {
            throw Applications.transition(c, "be refused");
        }
        return move(
                c,
                CaseStatus.REFUSED,
                new CaseStep(
                        "refused",
                        officer.subject(),
                        clock.instant(),
                        required(reason, "a refusal states its reasons in writing (Interim Regulation art. 22)")));
    }

    /** Records an approved application (登簿) and issues its certificate's document. */
    public RegistrationCase record(Actor officer, String id) {
        RegistrationCase c = officerCase(officer, id);
        return intake.recordAndIssue(officer, c.id());
    }

    private RegistrationCase officerCase(Actor officer, String id) {
        RegistrationCase c = register.findCase(id).orElseThrow(() -> ApplicationAccess.notFound(id));
        ApplicationAccess.requireOfficer(officer, c);
        return c;
    }

    private static void requireInReview(RegistrationCase c, String step) {
        if (c.status() != CaseStatus.IN_REVIEW && c.status() != CaseStatus.ACCEPTED) {
            throw Applications.transition(c, step);
        }
    }

    private static boolean repeated(RegistrationCase c, String step, Actor officer) {
        CaseStep last = c.steps().get(c.steps().size() - 1);
        return last.step().equals(step) && last.by().equals(officer.subject());
    }

    private RegistrationCase move(RegistrationCase c, CaseStatus status, CaseStep step) {
        return move(c, status, step, c.findings());
    }

    private RegistrationCase move(RegistrationCase c, CaseStatus status, CaseStep step, List<Finding> findings) {
        RegistrationCase moved = c.moved(status, step, findings);
        register.updateCase(moved, c.version());
        return moved;
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw CaseException.invalid("missing-reason", message);
        }
        return text;
    }
}
