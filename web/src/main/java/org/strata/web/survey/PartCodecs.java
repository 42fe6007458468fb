package org.strata.web.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Solid;
import org.strata.registry.survey.PartData;
import org.strata.registry.survey.PartKind;
import org.strata.web.validate.CityJsonSolids;

/** Decodes package parts: GeoJSON feature collections, CityJSON 2.0 city objects, CSV tables, evidence. */
final class PartCodecs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PartCodecs() {}

    static PartData decode(PartKind.Format format, byte[] bytes) {
        return switch (format) {
            case FEATURES -> features(json(bytes));
            case CITY -> city(json(bytes));
            case TABLE -> CsvTable.read(new String(bytes, StandardCharsets.UTF_8));
            case EVIDENCE -> new PartData.Evidence(bytes.length);
        };
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }

    private static PartData.Features features(JsonNode root) {
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("not a FeatureCollection");
        }
        GeoJsonReader reader = new GeoJsonReader();
        List<PartData.Feature> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            String id = f.path("id").asText(f.path("properties").path("code").asText("feature " + (out.size() + 1)));
            Geometry geometry;
            try {
                geometry = reader.read(f.path("geometry").toString());
            } catch (ParseException e) {
                throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
            }
            out.add(new PartData.Feature(id, geometry, text(f.path("properties"))));
        }
        return new PartData.Features(out);
    }

    private static PartData.City city(JsonNode root) {
        if (!"CityJSON".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("not a CityJSON document");
        }
        List<Point3> vertices = CityJsonSolids.vertices(root);
        List<PartData.CityObject> out = new ArrayList<>();
        root.path("CityObjects").fields().forEachRemaining(e -> {
            JsonNode o = e.getValue();
            Optional<Solid> solid = Optional.empty();
            for (JsonNode g : o.path("geometry")) {
                if ("Solid".equals(g.path("type").asText())) {
                    solid = Optional.of(CityJsonSolids.solid(g.path("boundaries"), vertices));
                    break;
                }
            }
            JsonNode parents = o.path("parents");
            Optional<String> parent = parents.isArray() && parents.size() > 0
                    ? Optional.of(parents.get(0).asText())
                    : Optional.empty();
            out.add(new PartData.CityObject(
                    e.getKey(), o.path("type").asText(), parent, text(o.path("attributes")), solid));
        });
        return new PartData.City(out);
    }

    private static Map<String, String> text(JsonNode properties) {
        Map<String, String> out = new LinkedHashMap<>();
        properties.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }
}
