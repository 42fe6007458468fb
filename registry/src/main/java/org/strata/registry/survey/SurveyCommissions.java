package org.strata.registry.survey;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.strata.registry.actor.Actor;

/**
 * What officers do before any survey: register firms (with their credit record), projects and the one commission of
 * each project's stage; and what each participant may see of them (staff all, a surveyor their firm's).
 */
public final class SurveyCommissions {
    private final SurveyStore store;
    private final SurveyRoles roles;
    private final Clock clock;

    /** The use case over its store, roles and clock. */
    public SurveyCommissions(SurveyStore store, SurveyRoles roles, Clock clock) {
        this.store = store;
        this.roles = roles;
        this.clock = clock;
    }

    /** Checks that the actor may register projects, firms and commissions, before their request is read. */
    public void requireManager(Actor actor) {
        roles.requireOfficer(actor);
    }

    /** Registers a firm. */
    public Firm addFirm(Actor actor, Firm firm) {
        roles.requireOfficer(actor);
        store.addFirm(firm);
        return firm;
    }

    /** The firms, for staff and surveyors. */
    public List<Firm> firms(Actor actor) {
        if (roles.surveyor(actor)) {
            return firmsEmploying(actor);
        }
        roles.requireStaff(actor);
        return store.firms();
    }

    private List<Firm> firmsEmploying(Actor surveyor) {
        return store.firms().stream().filter(f -> f.employs(surveyor.subject())).toList();
    }

    /** A firm with its credit record and score. */
    public FirmRecord firm(Actor actor, String id) {
        roles.requireParticipant(actor);
        Firm firm = store.firm(id).orElseThrow(() -> SurveyException.notFound("firm", id));
        roles.requireStaffOrSurveyorOf(actor, firm);
        return new FirmRecord(firm, store.credit(id));
    }

    /** Appends a credit event recorded by staff (late delivery, falsification, commendation). */
    public CreditEvent addCredit(Actor actor, String firmId, CreditKind kind, String reference, String evidence) {
        roles.requireStaff(actor);
        store.firm(firmId).orElseThrow(() -> SurveyException.notFound("firm", firmId));
        if (evidence == null || evidence.isBlank()) {
            throw SurveyException.invalid("missing-evidence", "a credit event states its evidence");
        }
        CreditEvent e = new CreditEvent(
                UUID.randomUUID().toString(),
                firmId,
                kind,
                reference == null ? "" : reference,
                evidence,
                actor.subject(),
                clock.instant());
        store.addCredit(e);
        return e;
    }

    /** Registers a project. */
    public Project addProject(Actor actor, Project project) {
        roles.requireOfficer(actor);
        store.addProject(project);
        return project;
    }

    /** A project, for staff and the surveyors of a firm commissioned on it. */
    public Project project(Actor actor, String code) {
        roles.requireParticipant(actor);
        Project p = store.project(code).orElseThrow(() -> SurveyException.notFound("project", code));
        if (roles.surveyor(actor)) {
            boolean commissioned =
                    commissions(actor).stream().anyMatch(c -> c.projectCode().equals(code));
            if (!commissioned) {
                throw SurveyException.forbidden("not-commissioned", "your firm has no commission on " + code);
            }
            return p;
        }
        roles.requireStaff(actor);
        return p;
    }

    /** The projects, for staff. */
    public List<Project> projects(Actor actor) {
        roles.requireStaff(actor);
        return store.projects();
    }

    /** Registers the one commission of a project's stage. */
    public Commission addCommission(
            Actor actor, String projectCode, Stage stage, String firmId, List<SurveyItem> items) {
        roles.requireOfficer(actor);
        store.project(projectCode).orElseThrow(() -> SurveyException.notFound("project", projectCode));
        store.firm(firmId).orElseThrow(() -> SurveyException.notFound("firm", firmId));
        Commission c;
        try {
            c = new Commission(
                    projectCode + "-" + stage.wireName(),
                    projectCode,
                    stage,
                    firmId,
                    items.isEmpty() ? SurveyItem.of(stage) : items,
                    clock.instant(),
                    actor.subject());
        } catch (IllegalArgumentException e) {
            throw SurveyException.invalid("invalid-commission", e.getMessage());
        }
        if (store.commission(c.id()).isPresent()) {
            throw new SurveyException(
                    SurveyException.Kind.CONFLICT,
                    "stage-commissioned",
                    "project " + projectCode + " already has its " + stage.wireName()
                            + " commission: one firm, once per stage");
        }
        store.addCommission(c);
        return c;
    }

    /** The commissions the actor may see: a surveyor their firm's, staff all. */
    public List<Commission> commissions(Actor actor) {
        if (roles.surveyor(actor)) {
            Set<String> firms = new HashSet<>();
            firmsEmploying(actor).forEach(f -> firms.add(f.id()));
            return store.commissions().stream()
                    .filter(c -> firms.contains(c.firmId()))
                    .toList();
        }
        roles.requireStaff(actor);
        return store.commissions();
    }

    /** A commission, if the actor may see it. */
    public Commission commission(Actor actor, String id) {
        roles.requireParticipant(actor);
        Commission c = store.commission(id).orElseThrow(() -> SurveyException.notFound("commission", id));
        roles.requireStaffOrSurveyorOf(actor, store.firm(c.firmId()).orElseThrow());
        return c;
    }
}
