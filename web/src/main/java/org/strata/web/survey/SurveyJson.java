package org.strata.web.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The JSON shapes of merged-survey records. */
public final class SurveyJson {
    private SurveyJson() {}

    /** A firm. */
    public static Map<String, Object> firm(Firm f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("name", f.name());
        m.put("qualification", f.qualification());
        m.put("surveyors", f.surveyors());
        return m;
    }

    /** A firm with its credit record and score. */
    public static Map<String, Object> firmRecord(FirmRecord r) {
        Map<String, Object> m = firm(r.firm());
        m.put("creditScore", r.score());
        m.put("credit", r.credit().stream().map(SurveyJson::credit).toList());
        return m;
    }

    /** A credit event. */
    public static Map<String, Object> credit(CreditEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind().wireName());
        m.put("points", e.kind().points());
        m.put("reference", e.reference());
        m.put("evidence", e.evidence());
        m.put("recordedBy", e.recordedBy());
        m.put("recordedAt", e.recordedAt().toString());
        return m;
    }

    /** A project. */
    public static Map<String, Object> project(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("county", p.county());
        m.put("builder", Map.of("name", p.builderName(), "id", p.builderId()));
        m.put("parcelCodes", p.parcelCodes());
        m.put("permits", p.permits());
        return m;
    }

    /** A commission. */
    public static Map<String, Object> commission(Commission c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("stage", c.stage().wireName());
        m.put("projectCode", c.projectCode());
        m.put("firm", c.firmId());
        m.put("items", c.items().stream().map(SurveyItem::wireName).toList());
        m.put("registeredAt", c.registeredAt().toString());
        m.put("registeredBy", c.registeredBy());
        m.put("packages", "/api/v1/commissions/" + c.id() + "/packages");
        return m;
    }

    /** A stored package. */
    public static Map<String, Object> surveyPackage(SurveyPackage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("commission", p.commissionId());
        m.put("projectCode", p.projectCode());
        m.put("stage", p.stage().wireName());
        m.put("version", p.version());
        m.put("supersedes", p.supersedes().orElse(null));
        m.put("reason", p.reason().orElse(null));
        m.put("status", p.status().wireName());
        m.put("uploadedBy", p.uploadedBy());
        m.put("uploadedAt", p.uploadedAt().toString());
        m.put("sha256", p.sha256());
        m.put("parts", parts(p.parts()));
        m.put("report", "/api/v1/packages/" + p.id() + "/report");
        return m;
    }

    /** Parts as the manifest lists them. */
    public static List<Map<String, Object>> parts(List<ManifestPart> parts) {
        return parts.stream()
                .map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("path", p.path());
                    m.put("kind", p.kind().wireName());
                    m.put("items", p.items().stream().map(SurveyItem::wireName).toList());
                    m.put("mediaType", p.mediaType());
                    m.put("sha256", p.sha256());
                    m.put("featureCount", p.featureCount());
                    return m;
                })
                .toList();
    }

    /** A check report. */
    public static Map<String, Object> report(CheckReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("commission", r.commissionId());
        m.put("package", r.packageId().orElse(null));
        m.put("uploadedBy", r.uploadedBy());
        m.put("checkedAt", r.checkedAt().toString());
        m.put("ruleSet", r.ruleSet());
        m.put("sha256", r.sha256());
        m.put(
                "verdict",
                r.rejects() ? "rejected" : r.of(Severity.WARNING).isEmpty() ? "accepted" : "accepted-with-warnings");
        m.put("errors", r.of(Severity.ERROR).size());
        m.put("warnings", r.of(Severity.WARNING).size());
        m.put("results", r.results().stream().map(SurveyJson::result).toList());
        return m;
    }

    private static Map<String, Object> result(CheckResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", c.rule());
        m.put("severity", c.severity().wireName());
        m.put("measured", c.measured());
        m.put("limit", c.limit());
        m.put("features", c.features());
        m.put("message", c.message());
        return m;
    }

    /** An entry on a package. */
    public static Map<String, Object> entry(PackageEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind().wireName());
        m.put("department", e.department());
        m.put("subject", e.subject());
        m.put("decision", e.decision());
        m.put("text", e.text());
        m.put("actor", e.actor());
        m.put("at", e.at().toString());
        return m;
    }

    /** A draw. */
    public static Map<String, Object> draw(InspectionDraw d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("seed", String.valueOf(d.seed()));
        m.put("population", d.population());
        m.put("inspectorPool", d.inspectorPool());
        m.put("packages", d.packages());
        m.put("inspectors", d.inspectors());
        m.put("drawnBy", d.drawnBy());
        m.put("drawnAt", d.drawnAt().toString());
        return m;
    }

    /** An inspection result. */
    public static Map<String, Object> inspection(Inspection i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("draw", i.drawId());
        m.put("package", i.packageId());
        m.put("inspector", i.inspector());
        m.put("checkPoints", i.checkPoints());
        m.put("grossErrors", i.grossErrors());
        m.put("errors", i.errors());
        m.put("grade", i.grade());
        m.put("at", i.at().toString());
        return m;
    }
}
