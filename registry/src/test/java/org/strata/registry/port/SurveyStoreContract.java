package org.strata.registry.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strata.registry.survey.CheckReport;
import org.strata.registry.survey.CheckResult;
import org.strata.registry.survey.Commission;
import org.strata.registry.survey.CreditEvent;
import org.strata.registry.survey.CreditKind;
import org.strata.registry.survey.EntryKind;
import org.strata.registry.survey.Firm;
import org.strata.registry.survey.Inspection;
import org.strata.registry.survey.InspectionDraw;
import org.strata.registry.survey.ManifestPart;
import org.strata.registry.survey.PackageEntry;
import org.strata.registry.survey.PackageStatus;
import org.strata.registry.survey.PartKind;
import org.strata.registry.survey.Project;
import org.strata.registry.survey.Severity;
import org.strata.registry.survey.Stage;
import org.strata.registry.survey.SurveyItem;
import org.strata.registry.survey.SurveyPackage;
import org.strata.registry.survey.SurveyStore;

/** The behaviour every merged-survey store adapter must show. */
public abstract class SurveyStoreContract {
    /** The store under test with what closes it. */
    public record Opened(SurveyStore store, AutoCloseable closer) {}

    /** A store over empty storage of its own. */
    protected abstract Opened openFresh();

    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    private Opened opened;
    private SurveyStore store;

    @BeforeEach
    void open() {
        opened = openFresh();
        store = opened.store();
        store.addFirm(new Firm("91330106MA2AAAAA0X", "西湖测绘院", "甲级 0001", List.of("surveyor", "s2")));
        store.addProject(new Project(
                "P1",
                "Project 1",
                "330106",
                "Builder",
                "91330106MA2BBBBB0X",
                List.of("330106001001GB09001"),
                List.of("permit-1", "permit-2")));
        store.addCommission(commission("P1-land-supply", Stage.LAND_SUPPLY));
    }

    @AfterEach
    void close() throws Exception {
        opened.closer().close();
    }

    private static Commission commission(String id, Stage stage) {
        return new Commission(id, "P1", stage, "91330106MA2AAAAA0X", SurveyItem.of(stage), T0, "officer");
    }

    private static CheckReport report(String id, Optional<String> packageId) {
        return new CheckReport(
                id,
                "P1-land-supply",
                packageId,
                "surveyor",
                T0,
                "rules 1",
                "ab12",
                List.of(new CheckResult(
                        "measure.unit-area-change",
                        Severity.WARNING,
                        "5.0 %",
                        "±3 %",
                        List.of("u1", "u2"),
                        "line one\twith a tab\nand a newline \\ backslash")));
    }

    private static SurveyPackage pkg(String id, int version, Optional<String> supersedes) {
        return new SurveyPackage(
                id,
                "P1-land-supply",
                "P1",
                Stage.LAND_SUPPLY,
                version,
                supersedes,
                supersedes.map(s -> "correction"),
                PackageStatus.ACCEPTED,
                "surveyor",
                T0.plusSeconds(version),
                "ab12",
                "rep-" + id,
                List.of(new ManifestPart(
                        "data/parcels.json",
                        PartKind.PARCELS,
                        List.of(SurveyItem.PARCEL_SURVEY, SurveyItem.BOUNDARY_DEMARCATION),
                        "application/geo+json",
                        "cd34",
                        3)));
    }

    @Test
    void firmsProjectsAndCommissionsReadBack() {
        assertEquals(
                List.of("surveyor", "s2"),
                store.firm("91330106MA2AAAAA0X").orElseThrow().surveyors());
        Project p = store.project("P1").orElseThrow();
        assertEquals(List.of("permit-1", "permit-2"), p.permits());
        assertEquals(List.of("330106001001GB09001"), p.parcelCodes());
        assertEquals(
                commission("P1-land-supply", Stage.LAND_SUPPLY),
                store.commission("P1-land-supply").orElseThrow());
        assertEquals(1, store.commissions().size());
        assertTrue(store.firm("nobody").isEmpty());
    }

    @Test
    void aSecondCommissionForTheSameStageIsRefused() {
        Commission again = new Commission(
                "other-id",
                "P1",
                Stage.LAND_SUPPLY,
                "91330106MA2AAAAA0X",
                List.of(SurveyItem.PARCEL_SURVEY),
                T0,
                "officer");
        assertThrows(DuplicateRecordException.class, () -> store.addCommission(again));
        assertEquals(1, store.commissions().size());
    }

    @Test
    void creditIsKeptInOrder() {
        for (int i = 0; i < 3; i++) {
            store.addCredit(new CreditEvent(
                    "c" + i,
                    "91330106MA2AAAAA0X",
                    i == 2 ? CreditKind.COMMENDATION : CreditKind.REJECTED_PACKAGE,
                    "ref" + i,
                    "evidence " + i,
                    "strata",
                    T0.plusSeconds(10 - i)));
        }
        assertEquals(
                List.of("c0", "c1", "c2"),
                store.credit("91330106MA2AAAAA0X").stream().map(CreditEvent::id).toList());
    }

    @Test
    void packagesKeepBytesReportsAndVersions() {
        byte[] zip = "PK fake bytes".getBytes(StandardCharsets.UTF_8);
        store.addPackage(pkg("p1", 1, Optional.empty()), zip, report("rep-p1", Optional.of("p1")), List.of());
        store.addPackage(
                pkg("p2", 2, Optional.of("p1")),
                new byte[] {1, 2, 3},
                report("rep-p2", Optional.of("p2")),
                List.of(new PackageEntry(
                        "e1",
                        "p2",
                        EntryKind.COMMENT,
                        "",
                        "measure.unit-area-change",
                        "commented",
                        "design change",
                        "surveyor",
                        T0)));
        assertArrayEquals(zip, store.packageBytes("p1"));
        assertEquals(
                PackageStatus.SUPERSEDED,
                store.surveyPackage("p1").orElseThrow().status());
        SurveyPackage p2 = store.surveyPackage("p2").orElseThrow();
        assertEquals(pkg("p2", 2, Optional.of("p1")), p2);
        assertEquals(
                List.of("p1", "p2"),
                store.packagesOf("P1-land-supply").stream()
                        .map(SurveyPackage::id)
                        .toList());
        assertEquals(report("rep-p2", Optional.of("p2")), store.report("rep-p2").orElseThrow());
        assertEquals(1, store.entries("p2").size());
        assertThrows(
                DuplicateRecordException.class,
                () -> store.addPackage(
                        pkg("p3", 2, Optional.of("p1")), zip, report("rep-p3", Optional.of("p3")), List.of()));
        assertTrue(store.report("rep-p3").isEmpty(), "a refused package leaves no report behind");
        store.setStatus("p2", PackageStatus.AWAITING_WAIVER);
        assertEquals(
                PackageStatus.AWAITING_WAIVER,
                store.surveyPackage("p2").orElseThrow().status());
    }

    @Test
    void entriesReadBackByPackageAndKind() {
        store.addPackage(
                pkg("p1", 1, Optional.empty()), new byte[] {9}, report("rep-p1", Optional.of("p1")), List.of());
        store.addEntry(new PackageEntry(
                "r1", "p1", EntryKind.READ, "registration", "parts", "read", "first-registration", "officer", T0));
        store.addEntry(new PackageEntry(
                "v1",
                "p1",
                EntryKind.REVIEW,
                "natural-resources",
                "parcel-survey",
                "approved",
                "",
                "reviewer",
                T0.plusSeconds(1)));
        assertEquals(
                List.of("r1", "v1"),
                store.entries("p1").stream().map(PackageEntry::id).toList());
        assertEquals(
                List.of("v1"),
                store.entries(EntryKind.REVIEW, "approved").stream()
                        .map(PackageEntry::id)
                        .toList());
        assertEquals(List.of(), store.entries(EntryKind.REVIEW, "rejected"));
        assertEquals(List.of(), store.entries(EntryKind.CASE, "approved"));
    }

    @Test
    void drawsAndInspectionsReadBack() {
        store.addPackage(
                pkg("p1", 1, Optional.empty()), new byte[] {9}, report("rep-p1", Optional.of("p1")), List.of());
        InspectionDraw d = new InspectionDraw(
                "d1", -42L, List.of("p1", "p0"), List.of("i1", "i2"), List.of("p1"), List.of("i2"), "officer", T0);
        store.addDraw(d);
        assertEquals(d, store.draw("d1").orElseThrow());
        Inspection i = new Inspection("x1", "d1", "p1", "i2", 20, 0, 1, "excellent", T0);
        store.addInspection(i);
        assertEquals(List.of(i), store.inspections("d1"));
    }
}
