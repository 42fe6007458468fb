package org.strata.web.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strata.geo.io.CityJson;
import org.strata.geo.io.SolidFormatException;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Solid;
import org.strata.geo.op.validity.SolidValidator;
import org.strata.geo.op.validity.ValidityError;

/**
 * Validates the solid geometries of a CityJSON file: {@code Solid}, {@code CompositeSolid} and {@code MultiSolid}
 * of every city object, and a building's parts against each other (601). Vertices are decoded with the file's
 * {@code transform}; coordinates stay in the file's own CRS.
 */
public final class CityJsonSolids {
    private static final ObjectMapper TREES = new ObjectMapper();

    private CityJsonSolids() {}

    /** The errors by city object id (objects without solid geometry are left out). */
    static Map<String, List<ValidityError>> validate(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new SolidFormatException("901: not valid JSON: " + e.getMessage());
        }
        if (!"CityJSON".equals(root.path("type").asText())) {
            throw new SolidFormatException("904: not a CityJSON file (type is not CityJSON)");
        }
        List<Point3> vertices = vertices(root);
        Map<String, List<ValidityError>> out = new java.util.LinkedHashMap<>();
        JsonNode objects = root.path("CityObjects");
        objects.fields().forEachRemaining(entry -> {
            List<ValidityError> errors = new ArrayList<>();
            boolean solid = false;
            for (JsonNode geometry : entry.getValue().path("geometry")) {
                String type = geometry.path("type").asText();
                JsonNode b = geometry.path("boundaries");
                switch (type) {
                    case "Solid" -> {
                        solid = true;
                        errors.addAll(SolidValidator.validate(solid(b, vertices)));
                    }
                    case "CompositeSolid" -> {
                        solid = true;
                        errors.addAll(SolidValidator.validateComposite(solids(b, vertices)));
                    }
                    case "MultiSolid" -> {
                        solid = true;
                        errors.addAll(SolidValidator.validateMultiSolid(solids(b, vertices)));
                    }
                    default -> {
                        // surfaces and points are not solids
                    }
                }
            }
            List<Solid> parts = new ArrayList<>();
            for (JsonNode child : entry.getValue().path("children")) {
                JsonNode part = objects.path(child.asText());
                if (part.path("type").asText().endsWith("BuildingPart")) {
                    for (JsonNode geometry : part.path("geometry")) {
                        if ("Solid".equals(geometry.path("type").asText())) {
                            parts.add(solid(geometry.path("boundaries"), vertices));
                        }
                    }
                }
            }
            if (parts.size() > 1) {
                solid = true;
                List<ValidityError> partErrors = SolidValidator.validateBuildingParts(parts);
                partErrors.stream().filter(e -> e.code() == 601).forEach(errors::add);
            }
            if (solid) {
                out.put(entry.getKey(), errors);
            }
        });
        return out;
    }

    /** The vertices of a CityJSON document, with its transform applied ({@link CityJson#vertices}). */
    public static List<Point3> vertices(JsonNode root) {
        return CityJson.vertices(TREES.convertValue(root, Map.class));
    }

    private static List<Solid> solids(JsonNode boundaries, List<Point3> vertices) {
        if (!boundaries.isArray()) {
            throw new SolidFormatException("901: a solid's boundaries must be an array");
        }
        List<Solid> out = new ArrayList<>();
        boundaries.forEach(s -> out.add(solid(s, vertices)));
        return out;
    }

    /** One solid from its CityJSON boundaries ({@link CityJson#solid}). */
    public static Solid solid(JsonNode shells, List<Point3> vertices) {
        return CityJson.solid(TREES.convertValue(shells, Object.class), vertices);
    }
}
