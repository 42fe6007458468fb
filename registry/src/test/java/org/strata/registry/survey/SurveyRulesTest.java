package org.strata.registry.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.strata.geo.model.HeightRange;

/**
 * The geometry, cross-stage and check-point rules on cases kept as data ({@code survey-rule-cases.csv}): parcels of
 * one package, a building's corners and height at completion against construction, the firm's check points.
 */
class SurveyRulesTest {
    private static final double E0 = 500_000;
    private static final double N0 = 3_300_000;
    private static final String BUILDING = "330106003005GB09001F00010000";

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "survey-rule-cases.csv", delimiter = ';')
    void findsWhatTheCaseExpects(String name, String kind, String input, String expected) throws ParseException {
        Set<String> want = new TreeSet<>();
        if (!expected.equals("-")) {
            want.addAll(List.of(expected.split(" ")));
        }
        List<CheckResult> results =
                switch (kind) {
                    case "parcels" -> GeometryRules.check(
                            context(Stage.LAND_SUPPLY, parcels(input), List.of(), List.of(), Map.of()));
                    case "corners" -> buildings(input, 18, 18);
                    case "height" -> heights(input);
                    case "checkpoints" -> checkPoints(input);
                    default -> throw new IllegalArgumentException(kind);
                };
        Set<String> found = new TreeSet<>();
        results.forEach(r -> found.add(r.rule()));
        assertEquals(want, found, results.toString());
    }

    private static List<CheckResult> buildings(String input, double constructionHeight, double completionHeight)
            throws ParseException {
        Map<String, String> parts = named(input);
        SurveyData.SurveyedBuilding before = building(polygon(parts.get("construction")), constructionHeight);
        SurveyData.SurveyedBuilding after = building(polygon(parts.get("completion")), completionHeight);
        return CrossStageRules.check(context(Stage.COMPLETION, List.of(), List.of(after), List.of(before), Map.of()));
    }

    private static List<CheckResult> heights(String input) throws ParseException {
        Map<String, String> parts = named(input);
        String square = "POLYGON((0 0,30 0,30 20,0 20,0 0))";
        return buildings(
                "construction=" + square + "|completion=" + square,
                Double.parseDouble(parts.get("construction")),
                Double.parseDouble(parts.get("completion")));
    }

    private static List<CheckResult> checkPoints(String input) {
        String[] errors = input.split(",");
        PartData.Table table = new PartData.Table(
                List.of("point", "planeError", "heightError"),
                List.of(Map.of("point", "K1", "planeError", errors[0], "heightError", errors[1])));
        List<CheckResult> out = new ArrayList<>();
        SiteTables.check(context(Stage.COMPLETION, List.of(), List.of(), List.of(), Map.of("check.csv", table)), out);
        return out;
    }

    private static List<SurveyData.SurveyedParcel> parcels(String input) throws ParseException {
        List<SurveyData.SurveyedParcel> out = new ArrayList<>();
        for (Map.Entry<String, String> p : named(input).entrySet()) {
            out.add(new SurveyData.SurveyedParcel(
                    "330106003005GB0900" + p.getKey().charAt(0) % 10,
                    polygon(p.getValue()),
                    HeightRange.unbounded(),
                    100,
                    "0701",
                    ""));
        }
        return out;
    }

    private static SurveyData.SurveyedBuilding building(Polygon footprint, double heightAboveZero) {
        return new SurveyData.SurveyedBuilding(BUILDING, footprint, 4, 8 + heightAboveZero, 8, 6, 1, 3600, 600);
    }

    private static Map<String, String> named(String input) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String part : input.split("\\|")) {
            String[] kv = part.split("=", 2);
            out.put(kv[0].trim(), kv[1].trim());
        }
        return out;
    }

    private static Polygon polygon(String wkt) throws ParseException {
        Polygon local = (Polygon) new WKTReader().read(wkt);
        return (Polygon) AffineTransformation.translationInstance(E0, N0).transform(local);
    }

    private static CheckContext context(
            Stage stage,
            List<SurveyData.SurveyedParcel> parcels,
            List<SurveyData.SurveyedBuilding> buildings,
            List<SurveyData.SurveyedBuilding> earlierBuildings,
            Map<String, PartData> tables) {
        List<ManifestPart> parts = new ArrayList<>();
        tables.keySet()
                .forEach(path -> parts.add(new ManifestPart(
                        path, PartKind.CHECK_POINTS, List.of(SurveyItem.PLANNING_VERIFICATION), "text/csv", "0", 1)));
        Manifest manifest = new Manifest(
                "1.0",
                1,
                Optional.empty(),
                Optional.empty(),
                stage,
                "P",
                List.of(),
                List.of(),
                "P-" + stage.wireName(),
                "F",
                List.of("surveyor"),
                SurveyItem.of(stage),
                "EPSG:4549",
                new double[] {E0 - 100, N0 - 100, E0 + 100, N0 + 100},
                parts,
                Map.of(),
                LocalDate.of(2026, 11, 1),
                Map.of());
        PackageContents contents = new PackageContents(manifest, tables, Map.of(), List.of());
        SurveyData data = new SurveyData(parcels, List.of(), buildings, List.of(), List.of(), List.of());
        SurveyData before = new SurveyData(List.of(), List.of(), earlierBuildings, List.of(), List.of(), List.of());
        Commission commission = new Commission(
                "P-" + stage.wireName(),
                "P",
                stage,
                "F",
                SurveyItem.of(stage),
                Instant.parse("2026-10-01T00:00:00Z"),
                "officer");
        return new CheckContext(
                commission,
                new Project("P", "P", "330106", "B", "B", List.of(), List.of()),
                new Firm("F", "F", "Q", List.of("surveyor")),
                contents,
                data,
                Optional.empty(),
                List.of(new CheckContext.EarlierResult(Stage.CONSTRUCTION, "earlier", before, Map.of())),
                RuleSet.standard());
    }
}
