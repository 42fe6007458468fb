package org.strata.registry.survey;

import static org.strata.registry.survey.GeometryRules.round;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules on tables and quantities: setting-out points, pipeline hidden points, and the manifest's key
 * quantities against what the data parts sum to.
 */
final class SiteTables {
    private SiteTables() {}

    static void check(CheckContext c, List<CheckResult> out) {
        RuleSet r = c.rules();
        double staked = r.number("setting-out.tolerance-metres");
        for (PartData.Table t : c.contents().dataOf(PartKind.SETTING_OUT, PartData.Table.class)) {
            for (Map<String, String> row : t.rows()) {
                double d = Math.hypot(
                        num(row, "stakedEasting") - num(row, "designedEasting"),
                        num(row, "stakedNorthing") - num(row, "designedNorthing"));
                if (!(d <= staked)) {
                    out.add(CheckResult.measured(
                            "measure.setting-out",
                            Severity.ERROR,
                            round(d) + " m",
                            staked + " m",
                            List.of(row.getOrDefault("point", "?")),
                            "setting-out point " + row.getOrDefault("point", "?") + " is staked " + round(d)
                                    + " m from its design"));
                }
            }
        }
        for (PartData.Table t : c.contents().dataOf(PartKind.PIPELINES, PartData.Table.class)) {
            for (Map<String, String> row : t.rows()) {
                double depth = num(row, "depth");
                double limit =
                        r.number("pipeline.depth-factor") * Math.max(depth, r.number("pipeline.minimum-depth-metres"));
                double d = Math.abs(num(row, "checkDepth") - depth);
                if (!(d <= limit)) {
                    out.add(CheckResult.measured(
                            "measure.pipeline-depth",
                            Severity.ERROR,
                            round(d) + " m",
                            round(limit) + " m",
                            List.of(row.getOrDefault("point", "?")),
                            "hidden point " + row.getOrDefault("point", "?") + " differs from its check by " + round(d)
                                    + " m"));
                }
            }
        }
        for (PartData.Table t : c.contents().dataOf(PartKind.CHECK_POINTS, PartData.Table.class)) {
            for (Map<String, String> row : t.rows()) {
                String point = row.getOrDefault("point", "?");
                double plane = Math.abs(num(row, "planeError"));
                double height = Math.abs(num(row, "heightError"));
                double planeLimit = r.number("quality.plane-metres");
                double heightLimit = r.number("quality.height-metres");
                if (!(plane <= planeLimit) || !(height <= heightLimit)) {
                    out.add(CheckResult.measured(
                            "measure.check-point",
                            Severity.ERROR,
                            "plane " + round(plane) + " m, height " + round(height) + " m",
                            "plane " + planeLimit + " m, height " + heightLimit + " m",
                            List.of(point),
                            "quality check point " + point + " is beyond its tolerance"));
                }
            }
        }
        quantities(c, out);
    }

    private static void quantities(CheckContext c, List<CheckResult> out) {
        SurveyData d = c.data();
        compare(
                c,
                "parcelArea",
                d.parcels().isEmpty()
                        ? Optional.empty()
                        : Optional.of(d.parcels().stream()
                                .mapToDouble(SurveyData.SurveyedParcel::statedAreaSquareMetres)
                                .sum()),
                out);
        compare(
                c,
                "gfaAbove",
                d.buildings().isEmpty()
                        ? Optional.empty()
                        : Optional.of(d.buildings().stream()
                                .mapToDouble(SurveyData.SurveyedBuilding::gfaAboveSquareMetres)
                                .sum()),
                out);
        compare(
                c,
                "gfaBelow",
                d.buildings().isEmpty()
                        ? Optional.empty()
                        : Optional.of(d.buildings().stream()
                                .mapToDouble(SurveyData.SurveyedBuilding::gfaBelowSquareMetres)
                                .sum()),
                out);
        compare(c, "civilDefenceArea", columnSum(c, PartKind.CIVIL_DEFENCE, "area"), out);
        compare(c, "parkingSpaces", columnSum(c, PartKind.PARKING, "count"), out);
    }

    static Optional<Double> columnSum(CheckContext c, PartKind kind, String column) {
        List<PartData.Table> tables = c.contents().dataOf(kind, PartData.Table.class);
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tables.stream()
                .flatMap(t -> t.rows().stream())
                .mapToDouble(r -> num(r, column))
                .sum());
    }

    private static void compare(CheckContext c, String name, Optional<Double> data, List<CheckResult> out) {
        double tolerance = c.rules().number("sum.tolerance-square-metres");
        Optional<Double> stated = c.manifest().quantity(name);
        if (stated.isPresent() && data.isPresent() && !(Math.abs(stated.get() - data.get()) <= tolerance)) {
            out.add(CheckResult.measured(
                    "package.quantity",
                    Severity.ERROR,
                    String.valueOf(round(data.get())),
                    String.valueOf(stated.get()),
                    List.of(name),
                    "the manifest states " + name + " = " + stated.get() + "; the data parts sum to "
                            + round(data.get())));
        }
    }

    static double num(Map<String, String> row, String key) {
        try {
            return Double.parseDouble(row.getOrDefault(key, "").trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
