package org.strata.data.jdbc;

import static org.strata.data.jdbc.SqlRows.instant;
import static org.strata.data.jdbc.SqlRows.list;
import static org.strata.data.jdbc.SqlRows.one;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.strata.data.text.SurveyText;
import org.strata.registry.port.StoreException;
import org.strata.registry.survey.CheckReport;
import org.strata.registry.survey.EntryKind;
import org.strata.registry.survey.PackageEntry;
import org.strata.registry.survey.PackageStatus;
import org.strata.registry.survey.Stage;
import org.strata.registry.survey.SurveyPackage;

/** Survey package versions, their reports and entries over JDBC. */
final class JdbcPackages {
    private static final String COLUMNS = "id, commission_id, project_code, stage, version, supersedes, reason,"
            + " status, uploaded_by, uploaded_at, sha256, report_id, parts";

    private final DataSource dataSource;

    JdbcPackages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void add(SurveyPackage p, byte[] zip, CheckReport report, List<PackageEntry> entries) {
        Jdbc.write(dataSource, c -> {
            insertReport(c, report);
            p.supersedes()
                    .ifPresent(old -> Jdbc.unchecked(() -> SqlRows.update(
                            c,
                            "UPDATE survey_packages SET status = ? WHERE id = ?",
                            PackageStatus.SUPERSEDED.wireName(),
                            old)));
            SqlRows.update(
                    c,
                    "INSERT INTO survey_packages (" + COLUMNS + ", zip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?)",
                    p.id(),
                    p.commissionId(),
                    p.projectCode(),
                    p.stage().wireName(),
                    p.version(),
                    p.supersedes(),
                    p.reason(),
                    p.status().wireName(),
                    p.uploadedBy(),
                    p.uploadedAt(),
                    p.sha256(),
                    p.reportId(),
                    SurveyText.parts(p.parts()),
                    zip);
            for (PackageEntry e : entries) {
                insertEntry(c, e);
            }
            return null;
        });
    }

    static void insertReport(Connection c, CheckReport r) throws SQLException {
        SqlRows.update(
                c,
                "INSERT INTO survey_reports (id, commission_id, package_id, uploaded_by, checked_at,"
                        + " rule_set, sha256, results) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(),
                r.commissionId(),
                r.packageId(),
                r.uploadedBy(),
                r.checkedAt(),
                r.ruleSet(),
                r.sha256(),
                SurveyText.results(r.results()));
    }

    static void insertEntry(Connection c, PackageEntry e) throws SQLException {
        SqlRows.update(
                c,
                "INSERT INTO survey_entries (id, package_id, kind, department, subject, decision, body,"
                        + " actor, at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM survey_entries))",
                e.id(),
                e.packageId(),
                e.kind().wireName(),
                e.department(),
                e.subject(),
                e.decision(),
                e.text(),
                e.actor(),
                e.at());
    }

    Optional<CheckReport> report(String id) {
        return one(
                dataSource,
                rs -> new CheckReport(
                        rs.getString("id"),
                        rs.getString("commission_id"),
                        Optional.ofNullable(rs.getString("package_id")),
                        rs.getString("uploaded_by"),
                        instant(rs, "checked_at"),
                        rs.getString("rule_set"),
                        rs.getString("sha256"),
                        SurveyText.results(rs.getString("results"))),
                "SELECT * FROM survey_reports WHERE id = ?",
                id);
    }

    Optional<SurveyPackage> get(String id) {
        return one(
                dataSource,
                JdbcPackages::surveyPackage,
                "SELECT " + COLUMNS + " FROM survey_packages WHERE id = ?",
                id);
    }

    List<SurveyPackage> of(String commissionId) {
        return list(
                dataSource,
                JdbcPackages::surveyPackage,
                "SELECT " + COLUMNS + " FROM survey_packages WHERE commission_id = ? ORDER BY version",
                commissionId);
    }

    List<SurveyPackage> all() {
        return list(
                dataSource,
                JdbcPackages::surveyPackage,
                "SELECT " + COLUMNS + " FROM survey_packages ORDER BY uploaded_at, id");
    }

    byte[] bytes(String id) {
        return one(dataSource, rs -> rs.getBytes(1), "SELECT zip FROM survey_packages WHERE id = ?", id)
                .orElseThrow(() -> new StoreException("no package " + id, null));
    }

    static PackageEntry entry(ResultSet rs) throws SQLException {
        return new PackageEntry(
                rs.getString("id"),
                rs.getString("package_id"),
                EntryKind.ofWireName(rs.getString("kind")),
                rs.getString("department"),
                rs.getString("subject"),
                rs.getString("decision"),
                rs.getString("body"),
                rs.getString("actor"),
                instant(rs, "at"));
    }

    private static SurveyPackage surveyPackage(ResultSet rs) throws SQLException {
        return new SurveyPackage(
                rs.getString("id"),
                rs.getString("commission_id"),
                rs.getString("project_code"),
                Stage.ofWireName(rs.getString("stage")),
                rs.getInt("version"),
                Optional.ofNullable(rs.getString("supersedes")),
                Optional.ofNullable(rs.getString("reason")),
                PackageStatus.ofWireName(rs.getString("status")),
                rs.getString("uploaded_by"),
                instant(rs, "uploaded_at"),
                rs.getString("sha256"),
                rs.getString("report_id"),
                SurveyText.parts(rs.getString("parts")));
    }
}
