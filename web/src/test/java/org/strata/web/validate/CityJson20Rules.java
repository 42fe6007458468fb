package org.strata.web.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requirements of the CityJSON 2.0 specification (cityjson.org/specs/2.0.1, OGC Community Standard 20-072r5) that
 * a document or a CityJSONSeq feature must meet, each checked as its section states it; a violation names its section.
 */
final class CityJson20Rules {
    /** §1: the members a CityJSON object may have besides extension properties ("+" names). */
    private static final Set<String> ROOT_MEMBERS = Set.of(
            "type",
            "version",
            "transform",
            "metadata",
            "extensions",
            "CityObjects",
            "vertices",
            "appearance",
            "geometry-templates");

    /** §2: the City Object types of version 2.0, first and second level. */
    private static final Set<String> FIRST_LEVEL = Set.of(
            "Bridge",
            "Building",
            "CityFurniture",
            "CityObjectGroup",
            "GenericCityObject",
            "LandUse",
            "OtherConstruction",
            "PlantCover",
            "SolitaryVegetationObject",
            "TINRelief",
            "TransportSquare",
            "Railway",
            "Road",
            "Tunnel",
            "WaterBody",
            "Waterway");

    private static final Set<String> SECOND_LEVEL = Set.of(
            "BridgePart",
            "BridgeInstallation",
            "BridgeConstructiveElement",
            "BridgeRoom",
            "BridgeFurniture",
            "BuildingPart",
            "BuildingInstallation",
            "BuildingConstructiveElement",
            "BuildingFurniture",
            "BuildingStorey",
            "BuildingRoom",
            "BuildingUnit",
            "TunnelPart",
            "TunnelInstallation",
            "TunnelConstructiveElement",
            "TunnelHollowSpace",
            "TunnelFurniture");

    /** Geometry Objects: each geometry type and how deep its boundaries nest down to vertex indices. */
    private static final Map<String, Integer> BOUNDARY_DEPTH = Map.of(
            "MultiPoint", 1,
            "MultiLineString", 2,
            "MultiSurface", 3,
            "CompositeSurface", 3,
            "Solid", 4,
            "MultiSolid", 5,
            "CompositeSolid", 5);

    /** Geometry Objects: a level of detail is CityGML's (0–3) or one of TU Delft's refined levels (X.Y, Y 0–3). */
    private static final String LOD = "[0-3]|[0-3]\\.[0-3]";

    private final List<String> violations = new ArrayList<>();

    private CityJson20Rules() {}

    /** The violations of a CityJSON object (a whole document, or a CityJSONSeq's first line when {@code header}). */
    static List<String> ofDocument(JsonNode doc, boolean header) {
        CityJson20Rules rules = new CityJson20Rules();
        rules.document(doc, header);
        return rules.violations;
    }

    /** The violations of a CityJSONFeature (§7.2), one line of a CityJSONSeq after the first. */
    static List<String> ofFeature(JsonNode feature) {
        CityJson20Rules rules = new CityJson20Rules();
        rules.require(feature.path("type").asText().equals("CityJSONFeature"), "§7.2 type is CityJSONFeature");
        rules.require(feature.path("id").isTextual(), "§7.2 a feature has an id");
        rules.require(
                feature.path("CityObjects").has(feature.path("id").asText()),
                "§7.2 the id names one of the feature's City Objects");
        int vertices = rules.vertices(feature.path("vertices"));
        rules.cityObjects(feature.path("CityObjects"), vertices);
        return rules.violations;
    }

    private void document(JsonNode doc, boolean header) {
        require(doc.path("type").asText().equals("CityJSON"), "§1 type is CityJSON");
        require(doc.path("version").asText().equals("2.0"), "§1 version is 2.0");
        for (Iterator<String> names = doc.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            require(
                    ROOT_MEMBERS.contains(name) || (name.startsWith("+") && doc.has("extensions")),
                    "§1 no member " + name
                            + " (§8 Extensions: extension properties start with + and need \"extensions\")");
        }
        transform(doc.path("transform"));
        metadata(doc.path("metadata"));
        require(doc.path("CityObjects").isObject(), "§1 CityObjects is an object");
        int vertices = vertices(doc.path("vertices"));
        if (header) {
            require(
                    doc.path("CityObjects").isEmpty() && vertices == 0,
                    "§7.2 the first line has no objects or vertices");
        }
        cityObjects(doc.path("CityObjects"), vertices);
    }

    private void transform(JsonNode t) {
        require(t.isObject(), "Transform Object: transform is mandatory");
        if (!t.isObject()) {
            return;
        }
        for (String member : List.of("scale", "translate")) {
            JsonNode v = t.path(member);
            require(
                    v.isArray() && v.size() == 3 && allNumbers(v),
                    "Transform Object: transform " + member + " is three numbers");
        }
    }

    private void metadata(JsonNode m) {
        if (m.isMissingNode()) {
            return;
        }
        require(m.isObject(), "Metadata: metadata is an object");
        if (m.has("referenceSystem")) {
            require(
                    m.get("referenceSystem").asText().matches("^(http|https)://www.opengis.net/def/crs/.+"),
                    "Metadata: referenceSystem is an OGC CRS URL");
        }
        if (m.has("geographicalExtent")) {
            JsonNode e = m.get("geographicalExtent");
            require(e.isArray() && e.size() == 6 && allNumbers(e), "Metadata: geographicalExtent is six numbers");
        }
        if (m.has("referenceDate")) {
            require(
                    m.get("referenceDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"),
                    "Metadata: referenceDate is a date");
        }
        if (m.has("pointOfContact")) {
            JsonNode p = m.get("pointOfContact");
            require(
                    p.has("contactName") && p.has("emailAddress"),
                    "Metadata: pointOfContact names a contact and e-mail");
        }
        // since 2.0.1 metadata may carry properties beyond the six listed, so nothing else is refused
    }

    private int vertices(JsonNode vertices) {
        require(vertices.isArray(), "§1 vertices is an array");
        for (JsonNode v : vertices) {
            require(
                    v.isArray()
                            && v.size() == 3
                            && v.get(0).isIntegralNumber()
                            && v.get(1).isIntegralNumber()
                            && v.get(2).isIntegralNumber(),
                    "Transform Object: a vertex is three integers (transformed)");
        }
        return vertices.size();
    }

    private void cityObjects(JsonNode objects, int vertices) {
        for (Iterator<Map.Entry<String, JsonNode>> it = objects.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode o = entry.getValue();
            String type = o.path("type").asText();
            boolean extension = type.startsWith("+");
            require(
                    FIRST_LEVEL.contains(type) || SECOND_LEVEL.contains(type) || extension,
                    "§2 " + entry.getKey() + " has a City Object type of 2.0, not " + type);
            if (SECOND_LEVEL.contains(type)) {
                require(o.path("parents").size() > 0, "§2 a 2nd-level City Object has its parent");
            }
            if (o.has("attributes")) {
                require(o.get("attributes").isObject(), "§2 attributes is an object");
            }
            for (String link : List.of("parents", "children")) {
                for (JsonNode id : o.path(link)) {
                    require(objects.has(id.asText()), "§2 " + link + " names City Objects of the file");
                }
            }
            for (JsonNode g : o.path("geometry")) {
                geometry(entry.getKey(), g, vertices);
            }
        }
    }

    private void geometry(String id, JsonNode g, int vertices) {
        String type = g.path("type").asText();
        Integer depth = BOUNDARY_DEPTH.get(type);
        if (type.equals("GeometryInstance")) {
            return;
        }
        require(depth != null, "Geometry Objects: " + id + " has a geometry type of 2.0, not " + type);
        require(
                g.path("lod").isTextual() && g.get("lod").asText().matches(LOD),
                "Geometry Objects: lod: " + id + " has a valid lod");
        if (depth != null) {
            boundaries(id, g.path("boundaries"), depth, vertices);
        }
    }

    private void boundaries(String id, JsonNode b, int depth, int vertices) {
        require(b.isArray() && b.size() > 0, "Geometry Objects: " + id + " boundaries are non-empty arrays");
        for (JsonNode child : b) {
            if (depth == 1) {
                require(
                        child.isIntegralNumber() && child.asInt() >= 0 && child.asInt() < vertices,
                        "Geometry Objects: " + id + " boundaries index its vertices");
            } else {
                boundaries(id, child, depth - 1, vertices);
            }
        }
    }

    private void require(boolean holds, String requirement) {
        if (!holds && !violations.contains(requirement)) {
            violations.add(requirement);
        }
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isNumber()) {
                return false;
            }
        }
        return true;
    }
}
