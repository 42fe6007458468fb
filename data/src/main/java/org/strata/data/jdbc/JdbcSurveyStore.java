package org.strata.data.jdbc;

import static org.strata.data.jdbc.SqlRows.insert;
import static org.strata.data.jdbc.SqlRows.instant;
import static org.strata.data.jdbc.SqlRows.list;
import static org.strata.data.jdbc.SqlRows.one;
import static org.strata.data.text.SurveyText.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.strata.data.text.SurveyText;
import org.strata.registry.survey.CheckReport;
import org.strata.registry.survey.Commission;
import org.strata.registry.survey.CreditEvent;
import org.strata.registry.survey.CreditKind;
import org.strata.registry.survey.EntryKind;
import org.strata.registry.survey.Firm;
import org.strata.registry.survey.Inspection;
import org.strata.registry.survey.InspectionDraw;
import org.strata.registry.survey.PackageEntry;
import org.strata.registry.survey.PackageStatus;
import org.strata.registry.survey.Project;
import org.strata.registry.survey.Stage;
import org.strata.registry.survey.SurveyItem;
import org.strata.registry.survey.SurveyPackage;
import org.strata.registry.survey.SurveyStore;

/** Merged-survey records over JDBC, the same SQL for PostGIS and SQLite; packages are kept in {@link JdbcPackages}. */
public final class JdbcSurveyStore implements SurveyStore {
    private final DataSource dataSource;
    private final JdbcPackages packages;

    /** A store over a migrated database. */
    public JdbcSurveyStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.packages = new JdbcPackages(dataSource);
    }

    @Override
    public void addFirm(Firm f) {
        insert(
                dataSource,
                "INSERT INTO survey_firms (id, name, qualification, surveyors) VALUES (?, ?, ?, ?)",
                f.id(),
                f.name(),
                f.qualification(),
                list(f.surveyors()));
    }

    @Override
    public Optional<Firm> firm(String id) {
        return one(dataSource, JdbcSurveyStore::firm, "SELECT * FROM survey_firms WHERE id = ?", id);
    }

    @Override
    public List<Firm> firms() {
        return list(dataSource, JdbcSurveyStore::firm, "SELECT * FROM survey_firms ORDER BY id");
    }

    @Override
    public void addCredit(CreditEvent e) {
        insert(
                dataSource,
                "INSERT INTO survey_credit (id, firm_id, kind, reference, evidence, recorded_by,"
                        + " recorded_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?,"
                        + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM survey_credit))",
                e.id(),
                e.firmId(),
                e.kind().wireName(),
                e.reference(),
                e.evidence(),
                e.recordedBy(),
                e.recordedAt());
    }

    @Override
    public List<CreditEvent> credit(String firmId) {
        return list(
                dataSource,
                rs -> new CreditEvent(
                        rs.getString("id"),
                        rs.getString("firm_id"),
                        CreditKind.ofWireName(rs.getString("kind")),
                        rs.getString("reference"),
                        rs.getString("evidence"),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at")),
                "SELECT * FROM survey_credit WHERE firm_id = ? ORDER BY seq",
                firmId);
    }

    @Override
    public void addProject(Project p) {
        insert(
                dataSource,
                "INSERT INTO survey_projects (code, name, county, builder_name, builder_id, parcel_codes,"
                        + " permits) VALUES (?, ?, ?, ?, ?, ?, ?)",
                p.code(),
                p.name(),
                p.county(),
                p.builderName(),
                p.builderId(),
                list(p.parcelCodes()),
                list(p.permits()));
    }

    @Override
    public Optional<Project> project(String code) {
        return one(dataSource, JdbcSurveyStore::project, "SELECT * FROM survey_projects WHERE code = ?", code);
    }

    @Override
    public List<Project> projects() {
        return list(dataSource, JdbcSurveyStore::project, "SELECT * FROM survey_projects ORDER BY code");
    }

    @Override
    public void addCommission(Commission c) {
        insert(
                dataSource,
                "INSERT INTO survey_commissions (id, project_code, stage, firm_id, items, registered_at,"
                        + " registered_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                c.id(),
                c.projectCode(),
                c.stage().wireName(),
                c.firmId(),
                list(c.items().stream().map(SurveyItem::wireName).toList()),
                c.registeredAt(),
                c.registeredBy());
    }

    @Override
    public Optional<Commission> commission(String id) {
        return one(dataSource, JdbcSurveyStore::commission, "SELECT * FROM survey_commissions WHERE id = ?", id);
    }

    @Override
    public List<Commission> commissions() {
        return list(
                dataSource,
                JdbcSurveyStore::commission,
                "SELECT * FROM survey_commissions ORDER BY project_code, registered_at, id");
    }

    @Override
    public void addPackage(SurveyPackage p, byte[] zip, CheckReport report, List<PackageEntry> entries) {
        packages.add(p, zip, report, entries);
    }

    @Override
    public void addReport(CheckReport report) {
        Jdbc.write(dataSource, c -> {
            JdbcPackages.insertReport(c, report);
            return null;
        });
    }

    @Override
    public Optional<CheckReport> report(String id) {
        return packages.report(id);
    }

    @Override
    public Optional<SurveyPackage> surveyPackage(String id) {
        return packages.get(id);
    }

    @Override
    public List<SurveyPackage> packagesOf(String commissionId) {
        return packages.of(commissionId);
    }

    @Override
    public List<SurveyPackage> packages() {
        return packages.all();
    }

    @Override
    public byte[] packageBytes(String id) {
        return packages.bytes(id);
    }

    @Override
    public void setStatus(String packageId, PackageStatus status) {
        Jdbc.write(
                dataSource,
                c -> SqlRows.update(
                        c, "UPDATE survey_packages SET status = ? WHERE id = ?", status.wireName(), packageId));
    }

    @Override
    public void addEntry(PackageEntry e) {
        Jdbc.write(dataSource, c -> {
            JdbcPackages.insertEntry(c, e);
            return null;
        });
    }

    @Override
    public List<PackageEntry> entries(String packageId) {
        return list(
                dataSource,
                JdbcPackages::entry,
                "SELECT * FROM survey_entries WHERE package_id = ? ORDER BY seq",
                packageId);
    }

    @Override
    public List<PackageEntry> entries(EntryKind kind, String decision) {
        return list(
                dataSource,
                JdbcPackages::entry,
                "SELECT * FROM survey_entries WHERE kind = ? AND decision = ? ORDER BY seq",
                kind.wireName(),
                decision);
    }

    @Override
    public void addDraw(InspectionDraw d) {
        insert(
                dataSource,
                "INSERT INTO survey_draws (id, seed, population, inspector_pool, packages, inspectors,"
                        + " drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(),
                d.seed(),
                list(d.population()),
                list(d.inspectorPool()),
                list(d.packages()),
                list(d.inspectors()),
                d.drawnBy(),
                d.drawnAt());
    }

    @Override
    public Optional<InspectionDraw> draw(String id) {
        return one(
                dataSource,
                rs -> new InspectionDraw(
                        rs.getString("id"),
                        rs.getLong("seed"),
                        list(rs.getString("population")),
                        list(rs.getString("inspector_pool")),
                        list(rs.getString("packages")),
                        list(rs.getString("inspectors")),
                        rs.getString("drawn_by"),
                        instant(rs, "drawn_at")),
                "SELECT * FROM survey_draws WHERE id = ?",
                id);
    }

    @Override
    public void addInspection(Inspection i) {
        insert(
                dataSource,
                "INSERT INTO survey_inspections (id, draw_id, package_id, inspector, check_points,"
                        + " gross_errors, errors, grade, at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM survey_inspections))",
                i.id(),
                i.drawId(),
                i.packageId(),
                i.inspector(),
                i.checkPoints(),
                i.grossErrors(),
                i.errors(),
                i.grade(),
                i.at());
    }

    @Override
    public List<Inspection> inspections(String drawId) {
        return list(
                dataSource,
                rs -> new Inspection(
                        rs.getString("id"),
                        rs.getString("draw_id"),
                        rs.getString("package_id"),
                        rs.getString("inspector"),
                        rs.getInt("check_points"),
                        rs.getInt("gross_errors"),
                        rs.getInt("errors"),
                        rs.getString("grade"),
                        instant(rs, "at")),
                "SELECT * FROM survey_inspections WHERE draw_id = ? ORDER BY seq",
                drawId);
    }

    private static Firm firm(ResultSet rs) throws SQLException {
        return new Firm(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("qualification"),
                list(rs.getString("surveyors")));
    }

    private static Project project(ResultSet rs) throws SQLException {
        return new Project(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("county"),
                rs.getString("builder_name"),
                rs.getString("builder_id"),
                list(rs.getString("parcel_codes")),
                list(rs.getString("permits")));
    }

    private static Commission commission(ResultSet rs) throws SQLException {
        return new Commission(
                rs.getString("id"),
                rs.getString("project_code"),
                Stage.ofWireName(rs.getString("stage")),
                rs.getString("firm_id"),
                SurveyText.list(rs.getString("items")).stream()
                        .map(SurveyItem::ofWireName)
                        .toList(),
                instant(rs, "registered_at"),
                rs.getString("registered_by"));
    }
}
