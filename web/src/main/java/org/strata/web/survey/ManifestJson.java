package org.strata.web.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.survey.CheckResult;
import org.strata.registry.survey.Manifest;
import org.strata.registry.survey.ManifestPart;
import org.strata.registry.survey.PackageRefusedException;
import org.strata.registry.survey.PartKind;
import org.strata.registry.survey.Stage;
import org.strata.registry.survey.SurveyItem;

/** Reads {@code manifest.json}: JSON first, then its published JSON Schema, then the values. */
public final class ManifestJson {
    /** Where the schema is on the class path. */
    public static final String SCHEMA_RESOURCE = "/org/strata/web/survey/manifest-1.0.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private ManifestJson() {}

    /** The schema's text, as published. */
    public static byte[] schemaBytes() {
        try (InputStream in = ManifestJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The manifest.
     *
     * @throws PackageRefusedException when it is not JSON ({@code manifest.invalid-json}) or does not meet the schema
     *     ({@code manifest.schema}, one result per violation)
     */
    public static Manifest read(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw PackageRefusedException.of(
                    "manifest.invalid-json", "manifest.json", "manifest.json is not JSON: " + e.getMessage());
        }
        Set<ValidationMessage> errors = SCHEMA.validate(root);
        if (!errors.isEmpty()) {
            List<CheckResult> results = new ArrayList<>();
            errors.stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .forEach(m -> results.add(
                            CheckResult.error("manifest.schema", List.of("manifest.json"), "manifest.json: " + m)));
            throw new PackageRefusedException(results);
        }
        return manifest(root);
    }

    private static Manifest manifest(JsonNode root) {
        JsonNode pkg = root.path("package");
        JsonNode project = root.path("project");
        JsonNode commission = root.path("commission");
        List<SurveyItem> items = new ArrayList<>();
        root.path("items")
                .forEach(i -> items.add(SurveyItem.ofWireName(i.path("item").asText())));
        List<ManifestPart> parts = new ArrayList<>();
        for (JsonNode p : root.path("parts")) {
            List<SurveyItem> partItems = new ArrayList<>();
            p.path("items").forEach(i -> partItems.add(SurveyItem.ofWireName(i.asText())));
            parts.add(new ManifestPart(
                    p.path("path").asText(),
                    PartKind.ofWireName(p.path("kind").asText()),
                    partItems,
                    p.path("mediaType").asText(),
                    p.path("sha256").asText(),
                    p.path("featureCount").asInt()));
        }
        Map<String, Double> quantities = new LinkedHashMap<>();
        root.path("quantities")
                .fields()
                .forEachRemaining(e -> quantities.put(e.getKey(), e.getValue().asDouble()));
        Map<String, String> comments = new LinkedHashMap<>();
        root.path("comments")
                .forEach(c ->
                        comments.put(c.path("rule").asText(), c.path("text").asText()));
        double[] extent = new double[4];
        for (int i = 0; i < 4; i++) {
            extent[i] = root.path("extent").path(i).asDouble();
        }
        LocalDate surveyDate;
        try {
            surveyDate = LocalDate.parse(root.path("surveyDate").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw PackageRefusedException.of(
                    "manifest.schema",
                    "manifest.json",
                    "surveyDate '" + root.path("surveyDate").asText() + "' is not a date (YYYY-MM-DD)");
        }
        return new Manifest(
                root.path("formatVersion").asText(),
                pkg.path("version").asInt(),
                text(pkg, "supersedes"),
                text(pkg, "reason"),
                Stage.ofWireName(root.path("stage").asText()),
                project.path("code").asText(),
                strings(project.path("parcelCodes")),
                strings(project.path("permits")),
                commission.path("id").asText(),
                commission.path("firm").path("id").asText(),
                strings(commission.path("surveyors")),
                items,
                root.path("crs").path("horizontal").asText(),
                extent,
                parts,
                quantities,
                surveyDate,
                comments);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = ManifestJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
