package org.strata.registry.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;

/**
 * Commissions and packages: registering projects, firms and commissions, and taking an uploaded package through
 * its checks — rejected with only its report stored, or stored as an immutable version, accepted or awaiting the
 * waiver of its warnings — and telling registration when a package is accepted.
 */
public final class SurveyService {
    private final SurveyStore store;
    private final PackageReader reader;
    private final RuleSet rules;
    private final SurveyRoles roles;
    private final Clock clock;
    private final AcceptanceListener listener;

    /** Told when a package is accepted, in the same call that accepted it. */
    @FunctionalInterface
    public interface AcceptanceListener {
        /** A package was accepted. */
        void accepted(SurveyPackage accepted, PackageContents contents);
    }

    /** The service over its store, reader, rule set, roles and clock. */
    public SurveyService(
            SurveyStore store,
            PackageReader reader,
            RuleSet rules,
            SurveyRoles roles,
            Clock clock,
            AcceptanceListener listener) {
        this.store = store;
        this.reader = reader;
        this.rules = rules;
        this.roles = roles;
        this.clock = clock;
        this.listener = listener;
    }

    /** The rule set the checks run with. */
    public RuleSet rules() {
        return rules;
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
        if (actor.role() == Role.SURVEYOR) {
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
        if (actor.role() == Role.SURVEYOR) {
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
        if (actor.role() == Role.SURVEYOR) {
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

    /**
     * Checks an uploaded package and stores it as the commission's next version.
     *
     * @throws SurveyException REJECTED with the report when any check fails; only the report is stored
     */
    public Upload upload(Actor actor, String commissionId, byte[] zip) {
        roles.requireParticipant(actor);
        Commission commission =
                store.commission(commissionId).orElseThrow(() -> SurveyException.notFound("commission", commissionId));
        Firm firm = store.firm(commission.firmId()).orElseThrow();
        if (actor.role() != Role.SURVEYOR || !firm.employs(actor.subject())) {
            throw SurveyException.forbidden(
                    "package.uploader-not-of-firm",
                    actor.subject() + " is not a registered surveyor of " + firm.id() + ", the firm commissioned for "
                            + commissionId);
        }
        Instant now = clock.instant();
        String reportId = UUID.randomUUID().toString();
        String sha = Checksums.sha256(zip);
        Function<List<CheckResult>, CheckReport> reportOf = results -> new CheckReport(
                reportId, commissionId, Optional.empty(), actor.subject(), now, rules.label(), sha, results);
        PackageContents contents;
        try {
            contents = reader.read(zip, rules);
        } catch (PackageRefusedException e) {
            throw reject(reportOf.apply(e.results()), firm);
        }
        Project project = store.project(commission.projectCode()).orElseThrow();
        List<SurveyPackage> versions = store.packagesOf(commissionId);
        Optional<SurveyPackage> latest =
                versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        CheckContext context = new CheckContext(
                commission,
                project,
                firm,
                contents,
                SurveyData.of(contents),
                latest,
                EarlierResults.of(store, reader, rules, commission),
                rules);
        CheckReport report = reportOf.apply(SurveyChecks.run(context));
        if (report.rejects()) {
            throw reject(report, firm);
        }
        String id = UUID.randomUUID().toString();
        List<PackageEntry> comments = new ArrayList<>();
        for (CheckResult r : report.of(Severity.WARNING)) {
            String comment = contents.manifest().comments().get(r.rule());
            if (comment != null
                    && !comment.isBlank()
                    && comments.stream().noneMatch(c -> c.subject().equals(r.rule()))) {
                comments.add(new PackageEntry(
                        UUID.randomUUID().toString(),
                        id,
                        EntryKind.COMMENT,
                        "",
                        r.rule(),
                        "commented",
                        comment,
                        actor.subject(),
                        now));
            }
        }
        boolean open = report.of(Severity.WARNING).stream()
                .anyMatch(r -> comments.stream().noneMatch(c -> c.subject().equals(r.rule())));
        Manifest m = contents.manifest();
        SurveyPackage stored = new SurveyPackage(
                id,
                commissionId,
                commission.projectCode(),
                commission.stage(),
                m.version(),
                m.supersedes(),
                m.reason(),
                open ? PackageStatus.AWAITING_WAIVER : PackageStatus.ACCEPTED,
                actor.subject(),
                now,
                sha,
                reportId,
                m.parts());
        CheckReport storedReport = report.forPackage(id);
        store.addPackage(stored, zip, storedReport, comments);
        if (!open) {
            listener.accepted(stored, contents);
        }
        return new Upload(stored, storedReport);
    }

    /**
     * Reads a package without checking or storing it, for drawing what it holds.
     *
     * @throws SurveyException REJECTED, with the reader's first rule, when the archive itself is refused
     */
    public SurveyData preview(Actor actor, byte[] zip) {
        roles.requireParticipant(actor);
        try {
            return SurveyData.of(reader.read(zip, rules));
        } catch (PackageRefusedException e) {
            throw new SurveyException(
                    SurveyException.Kind.REJECTED, e.results().get(0).rule(), e.getMessage());
        }
    }

    /** A package, for staff and the surveyors of its firm. */
    public SurveyPackage surveyPackage(Actor actor, String id) {
        roles.requireParticipant(actor);
        SurveyPackage p = store.surveyPackage(id).orElseThrow(() -> SurveyException.notFound("package", id));
        commission(actor, p.commissionId());
        return p;
    }

    /** The report of a package or of a rejected upload, by package id or report id. */
    public CheckReport report(Actor actor, String id) {
        roles.requireParticipant(actor);
        Optional<SurveyPackage> p = store.surveyPackage(id);
        CheckReport r = store.report(p.map(SurveyPackage::reportId).orElse(id))
                .orElseThrow(() -> SurveyException.notFound("report", id));
        commission(actor, r.commissionId());
        return r;
    }

    /** The versions of a commission's package. */
    public List<SurveyPackage> packagesOf(Actor actor, String commissionId) {
        commission(actor, commissionId);
        return store.packagesOf(commissionId);
    }

    /** A reviewer waives a warning of a package; when none is left open the package is accepted. */
    public SurveyPackage waive(Actor actor, String packageId, String rule, String reason) {
        roles.requireStaff(actor);
        Department department = roles.department(actor)
                .orElseThrow(() ->
                        SurveyException.forbidden("department-required", actor.subject() + " works for no department"));
        SurveyPackage p =
                store.surveyPackage(packageId).orElseThrow(() -> SurveyException.notFound("package", packageId));
        if (reason == null || reason.isBlank()) {
            throw SurveyException.invalid("missing-reason", "a waiver states its reason");
        }
        Set<String> open = openWarnings(p);
        if (!open.contains(rule)) {
            throw new SurveyException(
                    SurveyException.Kind.CONFLICT,
                    "no-open-warning",
                    "package " + packageId + " has no open warning " + rule + "; open: " + open);
        }
        store.addEntry(new PackageEntry(
                UUID.randomUUID().toString(),
                packageId,
                EntryKind.WAIVER,
                department.wireName(),
                rule,
                "waived",
                reason,
                actor.subject(),
                clock.instant()));
        if (openWarnings(p).isEmpty() && p.status() == PackageStatus.AWAITING_WAIVER) {
            store.setStatus(packageId, PackageStatus.ACCEPTED);
            SurveyPackage accepted = store.surveyPackage(packageId).orElseThrow();
            listener.accepted(accepted, reader.read(store.packageBytes(packageId), rules));
            return accepted;
        }
        return store.surveyPackage(packageId).orElseThrow();
    }

    /** The rules of a package's warnings neither commented nor waived. */
    public Set<String> openWarnings(SurveyPackage p) {
        return OpenWarnings.of(store, p);
    }

    private SurveyException reject(CheckReport report, Firm firm) {
        store.addReport(report);
        store.addCredit(new CreditEvent(
                UUID.randomUUID().toString(),
                firm.id(),
                CreditKind.REJECTED_PACKAGE,
                "report " + report.id(),
                "package for " + report.commissionId() + " rejected: "
                        + report.of(Severity.ERROR).stream()
                                .map(CheckResult::rule)
                                .distinct()
                                .toList(),
                "strata",
                report.checkedAt()));
        String first = report.of(Severity.ERROR).stream()
                .findFirst()
                .map(CheckResult::rule)
                .orElse("rejected");
        return new SurveyException(
                SurveyException.Kind.REJECTED,
                first,
                "the package was rejected: " + report.of(Severity.ERROR).size() + " check(s) failed, first " + first,
                report);
    }
}
