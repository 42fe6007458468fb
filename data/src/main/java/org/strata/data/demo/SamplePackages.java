package org.strata.data.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.strata.registry.survey.Checksums;
import org.strata.registry.survey.PartKind;
import org.strata.registry.survey.Stage;
import org.strata.registry.survey.SurveyItem;

/**
 * Writes valid combined survey packages of the demo project for each stage — what {@code strata survey-sample}
 * writes — with variants for tests and demonstrations: as-built areas off by a factor, overlapping units, a new
 * version superseding an earlier one, comments on expected warnings.
 */
public final class SamplePackages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SamplePackages() {}

    /** A sample package as ZIP bytes. */
    public static byte[] write(Stage stage, double[] siteOrigin, SampleOptions options) {
        SampleParts parts = new SampleParts(siteOrigin, options);
        PartList out = new PartList();
        ObjectNode quantities = JSON.createObjectNode();
        switch (stage) {
            case LAND_SUPPLY -> {
                out.add(
                        "data/parcels.geojson",
                        PartKind.PARCELS,
                        "application/geo+json",
                        parts.parcels(),
                        1,
                        SurveyItem.BOUNDARY_DEMARCATION,
                        SurveyItem.PARCEL_SURVEY);
                out.add(
                        "tables/boundary-points.csv",
                        PartKind.BOUNDARY_POINTS,
                        "text/csv",
                        parts.boundaryPoints(),
                        4,
                        SurveyItem.BOUNDARY_DEMARCATION,
                        SurveyItem.PARCEL_SURVEY);
                out.add(
                        "evidence/report.pdf",
                        PartKind.EVIDENCE,
                        "application/pdf",
                        SampleParts.pdf(),
                        0,
                        SurveyItem.PARCEL_SURVEY);
                quantities.put("parcelArea", SampleGeometry.PARCEL_WIDTH * SampleGeometry.PARCEL_DEPTH);
            }
            case CONSTRUCTION -> {
                out.add(
                        "data/buildings.geojson",
                        PartKind.BUILDINGS,
                        "application/geo+json",
                        parts.buildings(1.0),
                        1,
                        SurveyItem.PROPERTY_PRE_SURVEY);
                out.add(
                        "tables/predicted-units.csv",
                        PartKind.PREDICTED_UNITS,
                        "text/csv",
                        parts.unitAreas(1.0, false),
                        parts.unitCount(),
                        SurveyItem.PROPERTY_PRE_SURVEY);
                out.add(
                        "tables/civil-defence.csv",
                        PartKind.CIVIL_DEFENCE,
                        "text/csv",
                        parts.civilDefence(),
                        1,
                        SurveyItem.CIVIL_AIR_DEFENCE_PRE_SURVEY);
                out.add(
                        "tables/setting-out.csv",
                        PartKind.SETTING_OUT,
                        "text/csv",
                        parts.settingOut(),
                        4,
                        SurveyItem.SETTING_OUT);
                out.add(
                        "tables/zero-level.csv",
                        PartKind.ZERO_LEVEL,
                        "text/csv",
                        parts.zeroLevel(),
                        1,
                        SurveyItem.ZERO_LEVEL_CHECK);
                out.add(
                        "evidence/report.pdf",
                        PartKind.EVIDENCE,
                        "application/pdf",
                        SampleParts.pdf(),
                        0,
                        SurveyItem.PROPERTY_PRE_SURVEY);
                gfa(quantities, parts, 1.0);
                quantities.put("civilDefenceArea", parts.civilDefenceArea());
            }
            case COMPLETION -> {
                double f = options.asBuiltAreaFactor();
                out.add(
                        "data/buildings.geojson",
                        PartKind.BUILDINGS,
                        "application/geo+json",
                        parts.buildings(f),
                        1,
                        SurveyItem.PLANNING_VERIFICATION);
                out.add(
                        "data/parcels.geojson",
                        PartKind.PARCELS,
                        "application/geo+json",
                        parts.parcels(),
                        1,
                        SurveyItem.LAND_RECHECK);
                out.add(
                        "tables/boundary-points.csv",
                        PartKind.BOUNDARY_POINTS,
                        "text/csv",
                        parts.boundaryPoints(),
                        4,
                        SurveyItem.LAND_RECHECK);
                out.add(
                        "data/units.city.json",
                        PartKind.UNITS,
                        "application/city+json",
                        parts.cityJson(),
                        parts.unitCount() + 1 + SampleGeometry.FLOORS + 1,
                        SurveyItem.PROPERTY_SURVEY);
                out.add(
                        "tables/unit-areas.csv",
                        PartKind.UNIT_AREAS,
                        "text/csv",
                        parts.unitAreas(f, options.overlappingUnits()),
                        parts.unitCount(),
                        SurveyItem.PROPERTY_SURVEY);
                out.add("tables/parking.csv", PartKind.PARKING, "text/csv", parts.parking(), 1, SurveyItem.PARKING);
                out.add(
                        "data/green-space.geojson",
                        PartKind.GREEN_SPACE,
                        "application/geo+json",
                        parts.greenSpace(),
                        1,
                        SurveyItem.GREEN_SPACE);
                out.add(
                        "tables/civil-defence.csv",
                        PartKind.CIVIL_DEFENCE,
                        "text/csv",
                        parts.civilDefence(),
                        1,
                        SurveyItem.CIVIL_AIR_DEFENCE_SURVEY);
                out.add(
                        "data/fire.geojson",
                        PartKind.FIRE,
                        "application/geo+json",
                        parts.fireLane(),
                        1,
                        SurveyItem.FIRE_PROTECTION);
                out.add(
                        "tables/pipelines.csv",
                        PartKind.PIPELINES,
                        "text/csv",
                        parts.pipelines(),
                        3,
                        SurveyItem.UNDERGROUND_PIPELINES);
                out.add(
                        "tables/check-points.csv",
                        PartKind.CHECK_POINTS,
                        "text/csv",
                        SampleParts.checkPoints(),
                        3,
                        SurveyItem.PLANNING_VERIFICATION);
                out.add(
                        "evidence/report.pdf",
                        PartKind.EVIDENCE,
                        "application/pdf",
                        SampleParts.pdf(),
                        0,
                        SurveyItem.PLANNING_VERIFICATION,
                        SurveyItem.PROPERTY_SURVEY);
                quantities.put("parcelArea", SampleGeometry.PARCEL_WIDTH * SampleGeometry.PARCEL_DEPTH);
                gfa(quantities, parts, f);
                quantities.put("civilDefenceArea", parts.civilDefenceArea());
                quantities.put("parkingSpaces", 20);
            }
            default -> throw new IllegalArgumentException("stage " + stage);
        }
        ObjectNode manifest = manifest(stage, siteOrigin, options, out.list, quantities);
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("manifest.json", bytes(manifest));
        all.putAll(out.files);
        return zip(all);
    }

    private static void gfa(ObjectNode quantities, SampleParts parts, double factor) {
        quantities.put("gfaAbove", parts.gfaAbove(factor));
        quantities.put("gfaBelow", parts.gfaBelow());
    }

    private static ObjectNode manifest(
            Stage stage, double[] origin, SampleOptions options, ArrayNode parts, ObjectNode quantities) {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", "strata-survey-package");
        m.put("formatVersion", "1.0");
        ObjectNode pkg = m.putObject("package");
        pkg.put("version", options.version());
        options.supersedes().ifPresent(s -> pkg.put("supersedes", s));
        options.reason().ifPresent(r -> pkg.put("reason", r));
        m.put("stage", stage.wireName());
        ObjectNode project = m.putObject("project");
        project.put("code", DemoProject.CODE);
        DemoProject.project().permits().forEach(project.putArray("permits")::add);
        project.putArray("parcelCodes").add(DemoProject.PARCEL_CODE);
        ObjectNode commission = m.putObject("commission");
        commission.put("id", DemoProject.commissionId(stage));
        commission.put("client", DemoProject.project().builderName());
        ObjectNode firm = commission.putObject("firm");
        firm.put("id", DemoProject.FIRM_ID);
        firm.put("name", "杭州西湖测绘院 (demo)");
        commission.putArray("surveyors").add("surveyor");
        ArrayNode items = m.putArray("items");
        for (SurveyItem i : SurveyItem.of(stage)) {
            ObjectNode item = items.addObject();
            item.put("item", i.wireName());
            ArrayNode consumers = item.putArray("consumers");
            i.consumers().stream().map(d -> d.wireName()).sorted().forEach(consumers::add);
        }
        ObjectNode crs = m.putObject("crs");
        crs.put("horizontal", "EPSG:4549");
        crs.put("vertical", "1985 national height datum");
        crs.put("axisOrder", "easting,northing");
        crs.put("unit", "metre");
        ArrayNode extent = m.putArray("extent");
        extent.add(origin[0] - 1)
                .add(origin[1] - 1)
                .add(origin[0] + SampleGeometry.PARCEL_WIDTH + 1)
                .add(origin[1] + SampleGeometry.PARCEL_DEPTH + 1);
        m.set("parts", parts);
        m.set("quantities", quantities);
        m.putArray("qualityChecks")
                .addObject()
                .put("name", "two-level inspection")
                .put("result", "pass");
        m.put("surveyDate", options.surveyDate().toString());
        m.put("submissionDate", options.surveyDate().toString());
        ArrayNode comments = m.putArray("comments");
        options.comments()
                .forEach((rule, text) -> comments.addObject().put("rule", rule).put("text", text));
        return m;
    }

    /** The files of a package and the manifest's list of them, built together. */
    private static final class PartList {
        final Map<String, byte[]> files = new LinkedHashMap<>();
        final ArrayNode list = JSON.createArrayNode();

        void add(String path, PartKind kind, String mediaType, byte[] bytes, int count, SurveyItem... items) {
            files.put(path, bytes);
            ObjectNode p = list.addObject();
            p.put("path", path);
            p.put("kind", kind.wireName());
            p.put(
                    "role",
                    kind.format() == PartKind.Format.EVIDENCE
                            ? "evidence"
                            : kind.format() == PartKind.Format.TABLE ? "table" : "data");
            ArrayNode itemList = p.putArray("items");
            List.of(items).forEach(i -> itemList.add(i.wireName()));
            p.put("mediaType", mediaType);
            p.put("sha256", Checksums.sha256(bytes));
            p.put("featureCount", count);
        }
    }

    /** A JSON value as UTF-8 bytes. */
    public static byte[] bytes(Object json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files as a ZIP archive, in the order given. */
    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
