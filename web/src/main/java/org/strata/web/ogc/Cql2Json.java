package org.strata.web.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.strata.registry.port.FeatureFilter;
import org.strata.registry.port.Queryable;

/**
 * The CQL2 JSON encoding (OGC 21-065, cql2-json) of the same filters as {@link Cql2Text}: {@code {"op", "args"}}
 * objects, properties as {@code {"property": name}}, geometries as GeoJSON Point or Polygon or {@code {"bbox": [...]}},
 * times as {@code {"date"}}, {@code {"timestamp"}} or {@code {"interval": [start, end]}}. A refusal names the JSON
 * pointer where reading stopped.
 */
final class Cql2Json {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GF = new GeometryFactory();

    private final Cql2Terms terms;

    private Cql2Json(Cql2Terms terms) {
        this.terms = terms;
    }

    /** The filter a CQL2 JSON document states. */
    static FeatureFilter parse(String text, Cql2Terms terms) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Cql2Terms.invalid(
                    "at character " + e.getLocation().getCharOffset(), "not JSON: " + e.getOriginalMessage());
        }
        return new Cql2Json(terms).expression(root, "");
    }

    private FeatureFilter expression(JsonNode node, String path) {
        String op = node.path("op").asText("").toLowerCase(Locale.ROOT);
        JsonNode args = node.path("args");
        if (!node.isObject() || op.isEmpty() || !args.isArray()) {
            throw invalid(path, "expected an object with \"op\" and an \"args\" array");
        }
        switch (op) {
            case "and", "or" -> {
                List<FeatureFilter> parts = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    parts.add(expression(args.get(i), path + "/args/" + i));
                }
                if (parts.size() < 2) {
                    throw invalid(path, op + " takes at least two arguments");
                }
                return op.equals("and") ? new FeatureFilter.And(parts) : new FeatureFilter.Or(parts);
            }
            case "not" -> {
                count(args, 1, path);
                return new FeatureFilter.Not(expression(args.get(0), path + "/args/0"));
            }
            case "=", "<>", "<", "<=", ">", ">=" -> {
                count(args, 2, path);
                Queryable q = terms.scalar(property(args.get(0), path + "/args/0"), at(path + "/args/0"));
                return new FeatureFilter.Compare(q, op(op), literal(q, args.get(1), path + "/args/1"));
            }
            case "like" -> {
                count(args, 2, path);
                Queryable q = terms.scalar(property(args.get(0), path + "/args/0"), at(path + "/args/0"));
                return new FeatureFilter.Like(q, (String) literal(q, args.get(1), path + "/args/1"));
            }
            case "between" -> {
                count(args, 3, path);
                Queryable q = terms.scalar(property(args.get(0), path + "/args/0"), at(path + "/args/0"));
                return new FeatureFilter.Between(
                        q, literal(q, args.get(1), path + "/args/1"), literal(q, args.get(2), path + "/args/2"));
            }
            case "in" -> {
                count(args, 2, path);
                Queryable q = terms.scalar(property(args.get(0), path + "/args/0"), at(path + "/args/0"));
                JsonNode list = args.get(1);
                if (!list.isArray() || list.isEmpty()) {
                    throw invalid(path + "/args/1", "expected a non-empty array of values");
                }
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    values.add(literal(q, list.get(i), path + "/args/1/" + i));
                }
                return new FeatureFilter.In(q, values);
            }
            case "isnull" -> {
                count(args, 1, path);
                return new FeatureFilter.IsNull(terms.scalar(property(args.get(0), path + "/args/0"), at(path)));
            }
            case "s_intersects" -> {
                count(args, 2, path);
                if (terms.property(property(args.get(0), path + "/args/0"), at(path)) != Queryable.GEOMETRY) {
                    throw invalid(path + "/args/0", "S_INTERSECTS takes the geometry property");
                }
                return terms.intersects(geometry(args.get(1), path + "/args/1"), at(path + "/args/1"));
            }
            case "t_intersects" -> {
                count(args, 2, path);
                if (terms.property(property(args.get(0), path + "/args/0"), at(path)) != Queryable.VALIDITY) {
                    throw invalid(path + "/args/0", "T_INTERSECTS takes the validity property");
                }
                return temporal(args.get(1), path + "/args/1");
            }
            default -> throw invalid(path + "/op", "the operator '" + op + "' is not supported");
        }
    }

    private FeatureFilter temporal(JsonNode t, String path) {
        String where = at(path);
        if (t.has("date") || t.has("timestamp")) {
            String value =
                    t.has("date") ? t.get("date").asText() : t.get("timestamp").asText();
            return terms.during(terms.instant(value, true, where), terms.instant(value, false, where), where);
        }
        JsonNode interval = t.path("interval");
        if (interval.isArray() && interval.size() == 2) {
            return terms.during(
                    terms.instant(interval.get(0).asText(), true, where),
                    terms.instant(interval.get(1).asText(), false, where),
                    where);
        }
        throw invalid(path, "expected {\"date\"}, {\"timestamp\"} or {\"interval\": [start, end]}");
    }

    private Geometry geometry(JsonNode g, String path) {
        try {
            if (g.has("bbox")) {
                JsonNode b = g.get("bbox");
                if (!b.isArray() || b.size() != 4) {
                    throw invalid(path, "a bbox has four numbers");
                }
                return GF.toGeometry(new Envelope(
                        b.get(0).asDouble(),
                        b.get(2).asDouble(),
                        b.get(1).asDouble(),
                        b.get(3).asDouble()));
            }
            String type = g.path("type").asText();
            JsonNode c = g.path("coordinates");
            if (type.equals("Point")) {
                return GF.createPoint(coordinate(c, path));
            }
            if (type.equals("Polygon") && c.isArray() && !c.isEmpty()) {
                List<LinearRing> rings = new ArrayList<>();
                for (JsonNode ring : c) {
                    List<Coordinate> points = new ArrayList<>();
                    ring.forEach(p -> points.add(coordinate(p, path)));
                    rings.add(GF.createLinearRing(points.toArray(Coordinate[]::new)));
                }
                return GF.createPolygon(
                        rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
            }
        } catch (IllegalArgumentException e) {
            throw invalid(path, "the geometry is not valid: " + e.getMessage());
        }
        throw invalid(path, "expected a GeoJSON Point or Polygon or {\"bbox\": [...]}");
    }

    private static Coordinate coordinate(JsonNode p, String path) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw invalid(path, "a position is a pair of numbers");
        }
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }

    private String property(JsonNode node, String path) {
        if (!node.path("property").isTextual()) {
            throw invalid(path, "expected {\"property\": name}");
        }
        return node.get("property").asText();
    }

    private Object literal(Queryable q, JsonNode node, String path) {
        Object value = node.isTextual() ? node.asText() : node.isNumber() ? (Object) node.asDouble() : node.toString();
        return terms.literal(q, value, at(path));
    }

    private static void count(JsonNode args, int n, String path) {
        if (args.size() != n) {
            throw invalid(path + "/args", "expected " + n + " argument(s), not " + args.size());
        }
    }

    private static FeatureFilter.Op op(String text) {
        return FeatureFilter.Op.ofSql(text).orElseThrow(() -> new IllegalStateException("not an operator: " + text));
    }

    private static org.strata.web.http.ApiException invalid(String path, String message) {
        return Cql2Terms.invalid(at(path), message);
    }

    private static String at(String path) {
        return "at " + (path.isEmpty() ? "/" : path);
    }
}
