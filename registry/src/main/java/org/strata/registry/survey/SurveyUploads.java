package org.strata.registry.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.strata.registry.actor.Actor;

/**
 * What surveyors do: upload a package for their firm's commission, checked against the rule set — rejected with
 * only its report stored (and a credit event against the firm), or stored as an immutable version, accepted or
 * awaiting the waiver of its warnings — and read back packages and reports; a preview reads a package unchecked.
 */
public final class SurveyUploads {
    private final SurveyStore store;
    private final PackageReader reader;
    private final RuleSet rules;
    private final SurveyRoles roles;
    private final Clock clock;
    private final SurveyCommissions commissions;
    private final AcceptanceListener listener;

    /** The use case over its store, reader, rule set, roles and clock, telling {@code listener} of acceptances. */
    public SurveyUploads(
            SurveyStore store,
            PackageReader reader,
            RuleSet rules,
            SurveyRoles roles,
            Clock clock,
            SurveyCommissions commissions,
            AcceptanceListener listener) {
        this.store = store;
        this.reader = reader;
        this.rules = rules;
        this.roles = roles;
        this.clock = clock;
        this.commissions = commissions;
        this.listener = listener;
    }

    /** The rule set the checks run with. */
    public RuleSet rules() {
        return rules;
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
        roles.requireSurveyorOf(actor, firm, commissionId);
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
        List<PackageEntry> comments = ManifestComments.on(report, contents.manifest(), id, actor.subject(), now);
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
        commissions.commission(actor, p.commissionId());
        return p;
    }

    /** The report of a package or of a rejected upload, by package id or report id. */
    public CheckReport report(Actor actor, String id) {
        roles.requireParticipant(actor);
        Optional<SurveyPackage> p = store.surveyPackage(id);
        CheckReport r = store.report(p.map(SurveyPackage::reportId).orElse(id))
                .orElseThrow(() -> SurveyException.notFound("report", id));
        commissions.commission(actor, r.commissionId());
        return r;
    }

    /** The versions of a commission's package. */
    public List<SurveyPackage> packagesOf(Actor actor, String commissionId) {
        commissions.commission(actor, commissionId);
        return store.packagesOf(commissionId);
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
