package org.strata.web.ogc;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.port.FeatureFilter;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.port.Queryable;
import org.strata.web.http.ApiException;

/**
 * The filter parameters of OGC API – Features Part 3: {@code filter} in {@code filter-lang} {@code cql2-text}
 * (the default) or {@code cql2-json}, its geometries in {@code filter-crs} (CRS84 by default, or EPSG:4549 in its
 * northing, easting order); and each collection's queryables document.
 */
final class OgcFilter {
    /** The conformance classes of filtering. */
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions");

    private OgcFilter() {}

    /** The filter the parameters state, if any; every refusal is a 400 naming the parameter and the position. */
    static Optional<FeatureFilter> parse(
            MultivaluedMap<String, String> parameters, FeatureKind kind, GridTransform transform, boolean disclosed) {
        String text = parameters.getFirst("filter");
        String lang = Optional.ofNullable(parameters.getFirst("filter-lang")).orElse("cql2-text");
        String crsText = parameters.getFirst("filter-crs");
        if (text == null) {
            if (parameters.containsKey("filter-lang") || parameters.containsKey("filter-crs")) {
                throw ApiException.badRequest("invalid-filter", "filter-lang and filter-crs are given without filter");
            }
            return Optional.empty();
        }
        Crs crs = crsText == null
                ? Crs.CRS84
                : Crs.fromText(crsText)
                        .filter(c -> c == Crs.CRS84 || c == Crs.EPSG_4549)
                        .orElseThrow(() -> ApiException.badRequest(
                                "invalid-filter-crs",
                                "filter-crs '" + org.strata.web.http.Texts.shown(crsText) + "' is not supported; use "
                                        + Crs.CRS84.uri() + " or " + Crs.EPSG_4549.uri()));
        Cql2Terms terms = new Cql2Terms(kind, crs, transform, disclosed);
        return Optional.of(
                switch (lang) {
                        // cql-text is the name drafts of Part 3 gave the text encoding; clients of those drafts (GDAL
                        // 3.6) send it
                    case "cql2-text", "cql-text" -> Cql2Text.parse(text, terms);
                    case "cql2-json" -> Cql2Json.parse(text, terms);
                    default -> throw ApiException.badRequest(
                            "invalid-filter-lang",
                            "filter-lang '" + org.strata.web.http.Texts.shown(lang)
                                    + "' is not cql2-text or cql2-json");
                });
    }

    /** The names of a collection's queryables that items take as query parameters (equality). */
    static java.util.Set<String> parameterNames(FeatureKind kind) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Queryable q : Queryable.of(kind)) {
            if (q.type() != Queryable.Type.GEOMETRY && q.type() != Queryable.Type.INTERVAL) {
                names.add(q.wireName());
            }
        }
        return names;
    }

    /**
     * The filter of the queryables given as query parameters (Part 3, /req/queryables-query-parameters): each
     * {@code name=value} an equality, all of them together.
     */
    static Optional<FeatureFilter> fromParameters(
            MultivaluedMap<String, String> parameters, FeatureKind kind, boolean disclosed) {
        Cql2Terms terms = new Cql2Terms(kind, Crs.CRS84, null, disclosed);
        List<FeatureFilter> parts = new java.util.ArrayList<>();
        for (String name : new java.util.TreeSet<>(parameterNames(kind))) {
            List<String> values = parameters.get(name);
            if (values == null) {
                continue;
            }
            if (values.size() > 1) {
                throw ApiException.badRequest("invalid-" + name, name + " is given " + values.size() + " times");
            }
            Queryable q = terms.scalar(name, "parameter " + name);
            String text = values.get(0);
            Object value = text;
            if (q.type() != Queryable.Type.STRING) {
                try {
                    value = Double.parseDouble(text.trim());
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest(
                            "invalid-" + name,
                            name + " '" + org.strata.web.http.Texts.shown(text) + "' is not a number");
                }
            }
            parts.add(new FeatureFilter.Compare(q, FeatureFilter.Op.EQ, terms.literal(q, value, "parameter " + name)));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : new FeatureFilter.And(parts));
    }

    /** Both filters, when both are given. */
    static Optional<FeatureFilter> both(Optional<FeatureFilter> a, Optional<FeatureFilter> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(new FeatureFilter.And(List.of(a.get(), b.get())));
    }

    /** A collection's queryables as a JSON Schema (Part 3, /req/queryables): those this caller may filter by. */
    static Map<String, Object> queryables(String self, OgcCollection c, boolean disclosed) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Queryable q : Queryable.of(c.kind())) {
            if (q.attribute() && !disclosed) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", q.wireName());
            p.put("description", q.description());
            switch (q.type()) {
                case STRING -> p.put("type", "string");
                case NUMBER -> p.put("type", "number");
                case INTEGER -> p.put("type", "integer");
                case GEOMETRY -> {
                    p.put("format", "geometry-any");
                    p.put("x-ogc-role", "primary-geometry");
                }
                case INTERVAL -> {
                    p.put("type", "array");
                    p.put("format", "interval");
                    p.put("x-ogc-role", "primary-interval-start");
                }
            }
            properties.put(q.wireName(), p);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        doc.put("$id", self);
        doc.put("type", "object");
        doc.put("title", c.title());
        doc.put("properties", properties);
        doc.put("additionalProperties", false);
        return doc;
    }
}
