package org.strata.registry.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Officers;
import org.strata.registry.cases.rules.RuleBook;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.CertificateNumber;
import org.strata.registry.register.LegalPeriods;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/**
 * The registration workflow: submit (form checks, then rules for early feedback), accept, review, and
 * record — where the rules run again inside the county transaction that appends the event, so what they
 * allow is what the register holds. Times come from the clock port.
 */
public final class CaseService {
    private final RegisterStore register;
    private final CadastreStore cadastre;
    private final Clock clock;
    private final RuleBook rules;
    private final SpaceRules space;

    /**
     * The workflow over the register and cadastre stores.
     *
     * @param space the 3D rules a new unit must meet
     */
    public CaseService(RegisterStore register, CadastreStore cadastre, Clock clock, SpaceRules space) {
        this.register = register;
        this.cadastre = cadastre;
        this.clock = clock;
        this.space = space;
        this.rules = new RuleBook(register);
    }

    /** The rules, for explaining them. */
    public RuleBook rules() {
        return rules;
    }

    /** Checks and stores a new case; its findings are the rules' early feedback. */
    public RegistrationCase submit(Actor officer, Application application) {
        Officers.require(officer, application.county());
        return open(
                UUID.randomUUID().toString(),
                application,
                CaseStatus.SUBMITTED,
                List.of(CaseStep.of("submitted", officer.subject(), clock.instant())));
    }

    /**
     * Checks and stores a new case with the given id, status and first steps, whoever files it; the caller has
     * decided that they may. Its findings are the rules' early feedback.
     *
     * @throws CaseException when the application is malformed, backdated or names no known unit
     */
    public RegistrationCase open(String id, Application application, CaseStatus status, List<CaseStep> steps) {
        Application checked = ApplicationChecks.check(application);
        if (checked.detail("validFrom").isPresent() && checked.type() != RegistrationType.CORRECTION) {
            throw new CaseException(
                    CaseException.Kind.UNLAWFUL,
                    "backdating-not-allowed",
                    "a " + checked.type().wireName() + " takes effect when it is recorded (Civil Code art. 214);"
                            + " details.validFrom is stated only by a correction, for the date of the fact it corrects");
        }
        requireUnit(checked);
        RegistrationCase c = new RegistrationCase(
                id, checked, status, steps, findings(checked), Optional.empty(), Optional.empty(), 1);
        register.createCase(c);
        return c;
    }

    /** The rules' findings on an application against the register as it stands now. */
    public List<Finding> findings(Application application) {
        List<RegisterEvent> history = register.eventsOf(application.unitCode());
        UnitState state = UnitStateFolder.current(application.unitCode(), history, clock.instant());
        return allFindings(application, state, history);
    }

    /** A case, for an officer of its county. */
    public RegistrationCase get(Actor officer, String id) {
        Officers.requireAny(officer);
        RegistrationCase c = register.findCase(id).orElseThrow(() -> notFound(id));
        Officers.require(officer, c.application().county());
        return c;
    }

    /** Accepts a submitted case (受理). */
    public RegistrationCase accept(Actor officer, String id) {
        RegistrationCase c = get(officer, id);
        requireStatus(c, CaseStatus.SUBMITTED, "accept");
        RegistrationCase accepted =
                c.moved(CaseStatus.ACCEPTED, CaseStep.of("accepted", officer.subject(), clock.instant()));
        register.updateCase(accepted, c.version());
        return accepted;
    }

    /** Reviews an accepted case (审核): approve, or reject with a reason. */
    public RegistrationCase review(Actor officer, String id, boolean approve, String reason) {
        RegistrationCase c = get(officer, id);
        requireStatus(c, CaseStatus.ACCEPTED, "review");
        if (!approve && (reason == null || reason.isBlank())) {
            throw CaseException.invalid("missing-reason", "a rejection states its reason");
        }
        CaseStep step = new CaseStep(
                approve ? "approved" : "rejected", officer.subject(), clock.instant(), reason == null ? "" : reason);
        RegistrationCase reviewed = c.moved(approve ? CaseStatus.APPROVED : CaseStatus.REJECTED, step);
        register.updateCase(reviewed, c.version());
        return reviewed;
    }

    /**
     * Records an approved case as the next event of its county chain (登簿). With {@code acceptAndApprove}, a
     * submitted case is first accepted and approved, each a step of its own, written in the recording's transaction: when a rule
     * blocks the recording, the approval stands and the case waits, approved. Recording is idempotent: a case that
     * is recorded already is answered as it stands, so a client retrying after a lost answer never records twice.
     *
     * @throws RecordingBlockedException when a rule blocks; nothing is written
     */
    public RegistrationCase record(Actor officer, String id, boolean acceptAndApprove) {
        RegistrationCase c = get(officer, id);
        if (c.status() == CaseStatus.RECORDED) {
            return c; // a retry of a recording that was made: the same answer, nothing recorded twice
        }
        Object outcome = register.inCountyTransaction(c.application().county(), session -> {
            RegistrationCase stored = session.findCase(id).orElseThrow(() -> notFound(id));
            if (stored.status() == CaseStatus.RECORDED) {
                return stored;
            }
            Instant now = clock.instant();
            RegistrationCase current = acceptAndApprove ? acceptedAndApproved(officer, stored, now) : stored;
            requireStatus(current, CaseStatus.APPROVED, "record");
            Application a = current.application();
            List<RegisterEvent> history = session.eventsOf(a.unitCode());
            UnitState state = UnitStateFolder.current(a.unitCode(), history, now);
            List<Finding> findings = allFindings(a, state, history);
            List<Finding> blockers = findings.stream().filter(Finding::blocks).toList();
            if (!blockers.isEmpty()) {
                if (current != stored) {
                    session.updateCase(current, stored.version()); // the approval stands, the recording waits
                }
                return new Blocked(blockers);
            }
            int year = now.atZone(LegalPeriods.CHINA).getYear();
            Optional<CertificateNumber> certificate = CertificateNumber.kindFor(a.type())
                    .map(kind -> CertificateNumber.of(
                            a.county(),
                            year,
                            kind,
                            session.nextCertificateNumber(CertificateNumber.seriesOf(a.county(), year, kind))));
            RegisterEvent event = EventFactory.next(
                    current,
                    session.head(),
                    officer.subject(),
                    now,
                    history,
                    cadastre,
                    certificate,
                    fromLand(a, session));
            session.append(event);
            a.newUnit()
                    .ifPresent(u -> session.addToCadastre(new CadastreContents(
                            u.parcel().stream().toList(),
                            List.of(),
                            u.buildingUnit().stream().toList())));
            RegistrationCase recorded = current.recorded(
                    CaseStep.of("recorded", officer.subject(), now),
                    event.id(),
                    certificate.map(CertificateNumber::toString),
                    findings);
            session.updateCase(recorded, stored.version());
            return recorded;
        });
        if (outcome instanceof Blocked blocked) {
            throw new RecordingBlockedException(blocked.blockers());
        }
        return (RegistrationCase) outcome;
    }

    /** A recording refused by rules, its case's approval kept. */
    private record Blocked(List<Finding> blockers) {}

    /**
     * A submitted or accepted case moved on to approved, each step of its own, for recording in the same transaction:
     * should the recording be refused, the case stays as it was.
     */
    private static RegistrationCase acceptedAndApproved(Actor officer, RegistrationCase c, Instant now) {
        RegistrationCase moved = c;
        if (moved.status() == CaseStatus.SUBMITTED) {
            moved = moved.moved(CaseStatus.ACCEPTED, CaseStep.of("accepted", officer.subject(), now));
        }
        if (moved.status() == CaseStatus.ACCEPTED) {
            moved = moved.moved(
                    CaseStatus.APPROVED, new CaseStep("approved", officer.subject(), now, "approved on recording"));
        }
        return moved;
    }

    /** What a building unit's first registration takes from the registered land it stands on: nature and use. */
    private static Map<String, String> fromLand(Application a, RegisterSession session) {
        if (a.type() != RegistrationType.FIRST || a.unitCode().isLandUnit()) {
            return Map.of();
        }
        UnitCode land = UnitCode.landOf(a.unitCode().parcel());
        UnitState landState =
                UnitStateFolder.current(land, session.eventsOf(land), Instant.parse("9999-12-31T00:00:00Z"));
        Map<String, String> taken = new java.util.TreeMap<>();
        if (landState.registered()) {
            Optional.ofNullable(landState.naturalStatus().get("rightNature"))
                    .ifPresent(v -> taken.put("rightNature", v));
            Optional.ofNullable(landState.naturalStatus().get("use")).ifPresent(v -> taken.put("landUse", v));
        }
        return taken;
    }

    private List<Finding> allFindings(Application a, UnitState state, List<RegisterEvent> history) {
        List<Finding> findings = new java.util.ArrayList<>(rules.check(a, state, history));
        a.newUnit().ifPresent(u -> findings.addAll(space.check(u)));
        return findings;
    }

    private void requireUnit(Application a) {
        boolean inCadastre = a.unitCode().isLandUnit()
                ? cadastre.parcel(a.unitCode()).isPresent()
                : cadastre.unit(a.unitCode()).isPresent()
                        || cadastre.building(a.unitCode()).isPresent();
        if (a.newUnit().isPresent()) {
            if (inCadastre) {
                throw new CaseException(
                        CaseException.Kind.CONFLICT,
                        "unit-exists",
                        "unit " + a.unitCode() + " is already in the cadastre; register it without a new unit");
            }
            if (!a.newUnit().get().unitCode().equals(a.unitCode())) {
                throw CaseException.invalid("unit-mismatch", "the new unit's code differs from unitCode");
            }
            return;
        }
        if (!inCadastre && register.eventsOf(a.unitCode()).isEmpty()) {
            throw new CaseException(
                    CaseException.Kind.NOT_FOUND,
                    "unit-not-found",
                    "unit " + a.unitCode()
                            + " is not in the cadastre"
                            + (a.type() == RegistrationType.FIRST
                                    ? "; a first registration of a new unit describes it in 'unit'"
                                    : ""));
        }
    }

    private static void requireStatus(RegistrationCase c, CaseStatus needed, String step) {
        if (c.status() != needed) {
            throw new CaseException(
                    CaseException.Kind.CONFLICT,
                    "invalid-transition",
                    "case " + c.id() + " is " + c.status().wireName() + "; to " + step + " it must be "
                            + needed.wireName());
        }
    }

    private static CaseException notFound(String id) {
        return new CaseException(CaseException.Kind.NOT_FOUND, "case-not-found", "no case " + id);
    }
}
