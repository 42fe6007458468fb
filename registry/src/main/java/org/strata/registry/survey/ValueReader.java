package org.strata.registry.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Polygon;
import org.strata.registry.cadastre.BuildingUse;

/** Reads typed values from part properties and rows, recording each value it cannot read as an error. */
final class ValueReader {
    static final String RULE = "package.part-value";

    private final List<CheckResult> problems;

    ValueReader(List<CheckResult> problems) {
        this.problems = problems;
    }

    String text(Map<String, String> values, String key, String feature) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            problems.add(CheckResult.error(RULE, List.of(feature), feature + " has no " + key));
            return "";
        }
        return v.trim();
    }

    double number(Map<String, String> values, String key, String feature) {
        Double d = optionalNumber(values, key, feature);
        if (d == null) {
            problems.add(CheckResult.error(RULE, List.of(feature), feature + " has no number " + key));
            return Double.NaN;
        }
        return d;
    }

    Double optionalNumber(Map<String, String> values, String key, String feature) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(CheckResult.error(RULE, List.of(feature), feature + ": " + key + " '" + v + "' is not a number"));
        return null;
    }

    /** The building use a row names (a dictionary code or a former name), residential when it names none. */
    String buildingUse(Map<String, String> values, String feature) {
        String v = values.get("use");
        if (v == null || v.isBlank()) {
            return BuildingUse.RESIDENTIAL.code();
        }
        try {
            return BuildingUse.parse(v).code();
        } catch (IllegalArgumentException e) {
            problems.add(CheckResult.error(RULE, List.of(feature), feature + ": use " + e.getMessage()));
            return BuildingUse.RESIDENTIAL.code();
        }
    }

    Optional<Polygon> polygon(PartData.Feature f) {
        if (f.geometry() instanceof Polygon p) {
            return Optional.of(p);
        }
        problems.add(CheckResult.error(
                RULE, List.of(f.id()), f.id() + " is a " + f.geometry().getGeometryType() + ", not a Polygon"));
        return Optional.empty();
    }
}
