package org.strata.web.survey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.strata.registry.survey.CheckReport;
import org.strata.registry.survey.CheckResult;
import org.strata.registry.survey.Commission;
import org.strata.registry.survey.CreditEvent;
import org.strata.registry.survey.Firm;
import org.strata.registry.survey.FirmRecord;
import org.strata.registry.survey.Inspection;
import org.strata.registry.survey.InspectionDraw;
import org.strata.registry.survey.ManifestPart;
import org.strata.registry.survey.PackageEntry;
import org.strata.registry.survey.Project;
import org.strata.registry.survey.Severity;
import org.strata.registry.survey.SurveyItem;
import org.strata.registry.survey.SurveyPackage;

/** The typed response bodies of merged surveying, and how each is made from its record. */
public final class SurveyJson {
    private SurveyJson() {}

    /** A surveying firm. */
    public record FirmView(String id, String name, String qualification, List<String> surveyors) {}

    /** A firm with its credit score and record. */
    public record FirmRecordView(@JsonUnwrapped FirmView firm, int creditScore, List<CreditView> credit) {}

    /** A credit event of a firm. */
    public record CreditView(
            String id,
            String kind,
            int points,
            String reference,
            String evidence,
            String recordedBy,
            String recordedAt) {}

    /** A project's builder. */
    public record BuilderView(String name, String id) {}

    /** A construction project. */
    public record ProjectView(
            String code,
            String name,
            String county,
            BuilderView builder,
            List<String> parcelCodes,
            List<String> permits) {}

    /** The one commission of a project's stage. */
    public record CommissionView(
            String id,
            String stage,
            String projectCode,
            String firm,
            List<String> items,
            String registeredAt,
            String registeredBy,
            String packages) {}

    /** A stored package version. */
    public record PackageView(
            String id,
            String commission,
            String projectCode,
            String stage,
            int version,
            String supersedes,
            String reason,
            String status,
            String uploadedBy,
            String uploadedAt,
            String sha256,
            List<PartView> parts,
            String report) {}

    /** A package with the rules of its warnings still open. */
    public record PackageReviewView(@JsonUnwrapped PackageView surveyPackage, List<String> openWarnings) {}

    /** A part of a package, as its manifest lists it. */
    public record PartView(
            String path, String kind, List<String> items, String mediaType, String sha256, int featureCount) {}

    /** A part shared with a department, with where to fetch it. */
    public record SharedPartView(@JsonUnwrapped PartView part, String href) {}

    /** An accepted package as a department sees it: the items it needs, the parts, the reviews so far. */
    public record SharedPackageView(
            @JsonProperty("package") String packageId,
            String stage,
            int version,
            List<String> items,
            List<SharedPartView> parts,
            List<EntryView> reviews) {}

    /** What a department sees of a project's accepted packages. */
    public record DepartmentResultsView(String department, String project, List<SharedPackageView> packages) {}

    /** A stored upload: the new package version, its status and its report. */
    public record UploadView(String id, int version, String status, ReportView report) {}

    /** A check report. */
    public record ReportView(
            String id,
            String commission,
            @JsonProperty("package") String packageId,
            String uploadedBy,
            String checkedAt,
            String ruleSet,
            String sha256,
            String verdict,
            int errors,
            int warnings,
            List<ResultView> results) {}

    /** One check's result. */
    public record ResultView(
            String rule, String severity, String measured, String limit, List<String> features, String message) {}

    /** An entry on a package: a comment, a waiver or a department's review. */
    public record EntryView(
            String id,
            String kind,
            String department,
            String subject,
            String decision,
            String text,
            String actor,
            String at) {}

    /** A draw for quality inspection. */
    public record DrawView(
            String id,
            String seed,
            List<String> population,
            List<String> inspectorPool,
            List<String> packages,
            List<String> inspectors,
            String drawnBy,
            String drawnAt) {}

    /** A draw made again from its seed, and whether it matches the stored one. */
    public record ReplayView(@JsonUnwrapped DrawView draw, boolean matchesStored) {}

    /** An inspection result. */
    public record InspectionView(
            String id,
            String draw,
            @JsonProperty("package") String packageId,
            String inspector,
            int checkPoints,
            int grossErrors,
            int errors,
            String grade,
            String at) {}

    /** A firm. */
    public static FirmView firm(Firm f) {
        return new FirmView(f.id(), f.name(), f.qualification(), f.surveyors());
    }

    /** A firm with its credit record and score. */
    public static FirmRecordView firmRecord(FirmRecord r) {
        return new FirmRecordView(
                firm(r.firm()),
                r.score(),
                r.credit().stream().map(SurveyJson::credit).toList());
    }

    /** A credit event. */
    public static CreditView credit(CreditEvent e) {
        return new CreditView(
                e.id(),
                e.kind().wireName(),
                e.kind().points(),
                e.reference(),
                e.evidence(),
                e.recordedBy(),
                e.recordedAt().toString());
    }

    /** A project. */
    public static ProjectView project(Project p) {
        return new ProjectView(
                p.code(),
                p.name(),
                p.county(),
                new BuilderView(p.builderName(), p.builderId()),
                p.parcelCodes(),
                p.permits());
    }

    /** A commission. */
    public static CommissionView commission(Commission c) {
        return new CommissionView(
                c.id(),
                c.stage().wireName(),
                c.projectCode(),
                c.firmId(),
                c.items().stream().map(SurveyItem::wireName).toList(),
                c.registeredAt().toString(),
                c.registeredBy(),
                "/api/v1/commissions/" + c.id() + "/packages");
    }

    /** A stored package. */
    public static PackageView surveyPackage(SurveyPackage p) {
        return new PackageView(
                p.id(),
                p.commissionId(),
                p.projectCode(),
                p.stage().wireName(),
                p.version(),
                p.supersedes().orElse(null),
                p.reason().orElse(null),
                p.status().wireName(),
                p.uploadedBy(),
                p.uploadedAt().toString(),
                p.sha256(),
                parts(p.parts()),
                "/api/v1/packages/" + p.id() + "/report");
    }

    /** Parts as the manifest lists them. */
    public static List<PartView> parts(List<ManifestPart> parts) {
        return parts.stream()
                .map(p -> new PartView(
                        p.path(),
                        p.kind().wireName(),
                        p.items().stream().map(SurveyItem::wireName).toList(),
                        p.mediaType(),
                        p.sha256(),
                        p.featureCount()))
                .toList();
    }

    /** A check report. */
    public static ReportView report(CheckReport r) {
        return new ReportView(
                r.id(),
                r.commissionId(),
                r.packageId().orElse(null),
                r.uploadedBy(),
                r.checkedAt().toString(),
                r.ruleSet(),
                r.sha256(),
                r.rejects() ? "rejected" : r.of(Severity.WARNING).isEmpty() ? "accepted" : "accepted-with-warnings",
                r.of(Severity.ERROR).size(),
                r.of(Severity.WARNING).size(),
                r.results().stream().map(SurveyJson::result).toList());
    }

    private static ResultView result(CheckResult c) {
        return new ResultView(c.rule(), c.severity().wireName(), c.measured(), c.limit(), c.features(), c.message());
    }

    /** An entry on a package. */
    public static EntryView entry(PackageEntry e) {
        return new EntryView(
                e.id(),
                e.kind().wireName(),
                e.department(),
                e.subject(),
                e.decision(),
                e.text(),
                e.actor(),
                e.at().toString());
    }

    /** A draw. */
    public static DrawView draw(InspectionDraw d) {
        return new DrawView(
                d.id(),
                String.valueOf(d.seed()),
                d.population(),
                d.inspectorPool(),
                d.packages(),
                d.inspectors(),
                d.drawnBy(),
                d.drawnAt().toString());
    }

    /** An inspection result. */
    public static InspectionView inspection(Inspection i) {
        return new InspectionView(
                i.id(),
                i.drawId(),
                i.packageId(),
                i.inspector(),
                i.checkPoints(),
                i.grossErrors(),
                i.errors(),
                i.grade(),
                i.at().toString());
    }
}
