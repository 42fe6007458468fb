package org.strata.web.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strata.geo.io.SolidFormatException;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Shell;
import org.strata.geo.model.Solid;
import org.strata.geo.op.validity.SolidValidator;
import org.strata.geo.op.validity.ValidityError;

/**
 * Validates the solid geometries of a CityJSON file: {@code Solid}, {@code CompositeSolid} and {@code MultiSolid}
 * of every city object, and a building's parts against each other (601). Vertices are decoded with the file's
 * {@code transform}; coordinates stay in the file's own CRS.
 */
public final class CityJsonSolids {
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

    /** The vertices of a CityJSON document, with its transform applied. */
    public static List<Point3> vertices(JsonNode root) {
        JsonNode transform = root.path("transform");
        double[] scale = {1, 1, 1};
        double[] translate = {0, 0, 0};
        if (transform.isObject()) {
            for (int i = 0; i < 3; i++) {
                scale[i] = transform.path("scale").path(i).asDouble(1);
                translate[i] = transform.path("translate").path(i).asDouble(0);
            }
        }
        List<Point3> out = new ArrayList<>();
        for (JsonNode v : array(root.path("vertices"), "vertices")) {
            if (!v.isArray()
                    || v.size() != 3
                    || !v.get(0).isNumber()
                    || !v.get(1).isNumber()
                    || !v.get(2).isNumber()) {
                throw new SolidFormatException("901: vertex " + out.size() + " is not an array of three numbers");
            }
            double[] xyz = new double[3];
            for (int i = 0; i < 3; i++) {
                xyz[i] = v.get(i).asDouble() * scale[i] + translate[i];
                if (!Double.isFinite(xyz[i])) {
                    throw new SolidFormatException("901: vertex " + out.size() + " is not finite");
                }
            }
            out.add(new Point3(xyz[0], xyz[1], xyz[2]));
        }
        return out;
    }

    /** The node, which must be an array: boundaries nest arrays only. */
    private static JsonNode array(JsonNode node, String what) {
        if (node.isMissingNode() && what.equals("vertices")) {
            return node;
        }
        if (!node.isArray()) {
            throw new SolidFormatException("901: " + what + " must be an array");
        }
        return node;
    }

    private static List<Solid> solids(JsonNode boundaries, List<Point3> vertices) {
        List<Solid> out = new ArrayList<>();
        array(boundaries, "a solid's boundaries").forEach(s -> out.add(solid(s, vertices)));
        return out;
    }

    /** One solid from its CityJSON boundaries. */
    public static Solid solid(JsonNode shells, List<Point3> vertices) {
        List<Shell> list = new ArrayList<>();
        for (JsonNode shell : array(shells, "a solid")) {
            List<Face> faces = new ArrayList<>();
            for (JsonNode surface : array(shell, "a shell")) {
                List<List<Point3>> rings = new ArrayList<>();
                for (JsonNode ring : array(surface, "a surface")) {
                    List<Point3> points = new ArrayList<>();
                    for (JsonNode index : array(ring, "a ring")) {
                        if (!index.isIntegralNumber() || !index.canConvertToInt()) {
                            throw new SolidFormatException("901: a ring holds " + index + ", not a vertex index");
                        }
                        int i = index.asInt();
                        if (i < 0 || i >= vertices.size()) {
                            throw new SolidFormatException(
                                    "901: a ring refers to vertex " + i + ", which does not exist");
                        }
                        points.add(vertices.get(i));
                    }
                    rings.add(points);
                }
                faces.add(new Face(rings));
            }
            list.add(new Shell(faces));
        }
        if (list.isEmpty()) {
            throw new SolidFormatException("902: a solid has no shell");
        }
        return new Solid(list.get(0), list.subList(1, list.size()));
    }
}
