package org.strata.registry.survey;

import java.util.List;
import java.util.Optional;
import org.strata.registry.port.DuplicateRecordException;

/**
 * Where merged-survey records are kept: firms and their append-only credit, projects, commissions (one per
 * project and stage), package versions with their bytes and reports, entries on packages, inspection draws.
 */
public interface SurveyStore {
    /** Adds a firm; a firm with the same id is a {@link DuplicateRecordException}. */
    void addFirm(Firm firm);

    /** A firm. */
    Optional<Firm> firm(String id);

    /** All firms, by id. */
    List<Firm> firms();

    /** Appends to a firm's credit record. */
    void addCredit(CreditEvent event);

    /** A firm's credit record, oldest first. */
    List<CreditEvent> credit(String firmId);

    /** Adds a project; a duplicate code is a {@link DuplicateRecordException}. */
    void addProject(Project project);

    /** A project. */
    Optional<Project> project(String code);

    /** All projects, by code. */
    List<Project> projects();

    /** Adds a commission; a second for the same project and stage is a {@link DuplicateRecordException}. */
    void addCommission(Commission commission);

    /** A commission. */
    Optional<Commission> commission(String id);

    /** All commissions, by project and stage. */
    List<Commission> commissions();

    /**
     * Stores an accepted package version with its bytes, its report and its first entries in one transaction,
     * marking the version it supersedes as superseded.
     */
    void addPackage(SurveyPackage surveyPackage, byte[] zip, CheckReport report, List<PackageEntry> entries);

    /** Stores the report of a rejected upload (nothing else of it is kept). */
    void addReport(CheckReport report);

    /** A report. */
    Optional<CheckReport> report(String id);

    /** A package. */
    Optional<SurveyPackage> surveyPackage(String id);

    /** The versions of a commission's package, oldest first. */
    List<SurveyPackage> packagesOf(String commissionId);

    /** Every stored package, by upload time then id. */
    List<SurveyPackage> packages();

    /** The bytes of a stored package. */
    byte[] packageBytes(String id);

    /** Changes a package's status (the content never changes). */
    void setStatus(String packageId, PackageStatus status);

    /** Appends an entry on a package. */
    void addEntry(PackageEntry entry);

    /** The entries on a package, oldest first. */
    List<PackageEntry> entries(String packageId);

    /** The entries of one kind with one decision on any package, oldest first. */
    List<PackageEntry> entries(EntryKind kind, String decision);

    /** Stores a draw. */
    void addDraw(InspectionDraw draw);

    /** A draw. */
    Optional<InspectionDraw> draw(String id);

    /** Stores an inspection result. */
    void addInspection(Inspection inspection);

    /** The inspections of a draw, oldest first. */
    List<Inspection> inspections(String drawId);
}
