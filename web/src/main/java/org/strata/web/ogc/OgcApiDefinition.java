package org.strata.web.ogc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.geo.crs.Crs;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.port.Queryable;

/**
 * The OpenAPI 3.0 definition of the OGC API at {@code /ogc}, built from the resource's own constants: a
 * {@code servers} entry for the landing page and every path relative to it (Part 1, 7.3); the parameters as the
 * standard's building blocks define them — {@code bbox}, {@code datetime} and {@code limit} with
 * {@code style: form} and {@code explode: false}; {@code collectionId} enumerating every collection; and each
 * operation's declared parameters, which are the only ones the server accepts.
 */
final class OgcApiDefinition {
    private static final String PARAMETERS = "#/components/parameters/";

    private OgcApiDefinition() {}

    /** The definition for a service whose landing page is {@code landing}. */
    static Map<String, Object> of(String landing) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of(
                        "title", "Strata OGC API - Features",
                        "version", "1.0.0",
                        "description",
                                "Parcels, buildings, units and registered rights of the Strata real-estate register."
                                        + " Heights are metres in the 1985 national height datum."));
        doc.put("servers", List.of(Map.of("url", landing, "description", "This service")));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", operation("getLandingPage", "Landing page", List.of("f"), "The landing page", false));
        paths.put(
                "/conformance",
                operation(
                        "getConformanceDeclaration",
                        "Conformance classes",
                        List.of("f"),
                        "The conformance classes",
                        false));
        paths.put("/api", operation("getApiDefinition", "This API definition", List.of("f"), "The definition", false));
        paths.put(
                "/collections",
                operation("getCollections", "Feature collections", List.of("f"), "The collections", false));
        paths.put(
                "/collections/{collectionId}",
                operation("describeCollection", "A collection", List.of("collectionId", "f"), "The collection", true));
        paths.put(
                "/collections/{collectionId}/items",
                operation(
                        "getFeatures",
                        "Features of a collection",
                        new ArrayList<>(List.of(
                                "collectionId",
                                "bbox",
                                "bbox-crs",
                                "datetime",
                                "filter",
                                "filter-lang",
                                "filter-crs",
                                "limit",
                                "offset",
                                "crs",
                                "f")),
                        "A GeoJSON FeatureCollection (JSON-FG with f=jsonfg)",
                        true));
        for (OgcCollection c : OgcCollection.values()) {
            paths.put("/collections/" + c.id() + "/items", collectionItems(c));
        }
        paths.put(
                "/tileMatrixSets",
                operation("getTileMatrixSetsList", "Tile matrix sets", List.of(), "The tile matrix sets", false));
        paths.put(
                "/tileMatrixSets/{tileMatrixSetId}",
                operation(
                        "getTileMatrixSet",
                        "A tile matrix set",
                        List.of("tileMatrixSetId"),
                        "The tile matrix set",
                        true));
        paths.put(
                "/collections/{collectionId}/tiles",
                operation(
                        "getCollectionTilesets",
                        "A collection's vector tilesets",
                        List.of("collectionId"),
                        "The tilesets",
                        true));
        paths.put(
                "/collections/{collectionId}/tiles/{tileMatrixSetId}",
                operation(
                        "getCollectionTileset",
                        "A vector tileset",
                        List.of("collectionId", "tileMatrixSetId"),
                        "The tileset",
                        true));
        paths.put(
                "/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
                operation(
                        "getCollectionTile",
                        "A Mapbox Vector Tile (204 when empty)",
                        List.of("collectionId", "tileMatrixSetId", "tileMatrix", "tileRow", "tileCol"),
                        "The tile",
                        true));
        paths.put(
                "/collections/{collectionId}/queryables",
                operation(
                        "getQueryables",
                        "The properties a filter may name",
                        List.of("collectionId", "f"),
                        "A JSON Schema of the queryables",
                        true));
        paths.put(
                "/collections/{collectionId}/items/{featureId}",
                operation(
                        "getFeature",
                        "One feature, by unit code",
                        List.of("collectionId", "featureId", "crs", "f"),
                        "A GeoJSON Feature",
                        true));
        doc.put("paths", paths);
        doc.put("components", Map.of("parameters", parameters(), "schemas", Map.of("exception", exception())));
        return doc;
    }

    /**
     * A collection's own items path, with its queryables as query parameters (Part 3,
     * /conf/queryables-query-parameters).
     */
    private static Map<String, Object> collectionItems(OgcCollection c) {
        List<Object> own = new ArrayList<>();
        for (String name : List.of(
                "bbox", "bbox-crs", "datetime", "filter", "filter-lang", "filter-crs", "limit", "offset", "crs", "f")) {
            own.add(Map.of("$ref", PARAMETERS + name));
        }
        for (Queryable q : Queryable.of(c.kind())) {
            String type =
                    switch (q.type()) {
                        case NUMBER -> "number";
                        case INTEGER -> "integer";
                        case STRING -> "string";
                        default -> null;
                    };
            if (type != null) {
                own.add(form(
                        q.wireName(),
                        Map.of("type", type),
                        "Features whose " + q.wireName() + " equals this (" + q.description() + ")"));
            }
        }
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("operationId", "getFeatures-" + c.id());
        get.put("summary", c.title());
        get.put("parameters", own);
        get.put(
                "responses",
                Map.of(
                        "200", Map.of("description", "A GeoJSON FeatureCollection"),
                        "400", error("A parameter is not declared here or has an invalid value")));
        return Map.of("get", get);
    }

    private static Map<String, Object> operation(
            String id, String summary, List<String> parameters, String answer, boolean mayBeMissing) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", answer));
        responses.put("400", error("A parameter is not declared here or has an invalid value"));
        if (mayBeMissing) {
            responses.put("404", error("The collection or feature does not exist"));
        }
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("operationId", id);
        get.put("summary", summary);
        get.put(
                "parameters",
                parameters.stream().map(p -> Map.of("$ref", PARAMETERS + p)).toList());
        get.put("responses", responses);
        return Map.of("get", get);
    }

    private static Map<String, Object> error(String description) {
        return Map.of(
                "description",
                description,
                "content",
                Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/exception"))));
    }

    private static Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(
                "collectionId",
                parameter(
                        "collectionId",
                        "path",
                        true,
                        Map.of(
                                "type",
                                "string",
                                "enum",
                                Arrays.stream(OgcCollection.values())
                                        .map(OgcCollection::id)
                                        .toList()),
                        "The collection"));
        p.put(
                "tileMatrixSetId",
                parameter(
                        "tileMatrixSetId",
                        "path",
                        true,
                        Map.of(
                                "type",
                                "string",
                                "enum",
                                java.util.Arrays.stream(org.strata.geo.tiles.TileMatrixSet.values())
                                        .map(org.strata.geo.tiles.TileMatrixSet::id)
                                        .toList()),
                        "The tile matrix set"));
        p.put("tileMatrix", parameter("tileMatrix", "path", true, Map.of("type", "string"), "The zoom level"));
        p.put("tileRow", parameter("tileRow", "path", true, Map.of("type", "integer", "minimum", 0), "The row"));
        p.put("tileCol", parameter("tileCol", "path", true, Map.of("type", "integer", "minimum", 0), "The column"));
        p.put("featureId", parameter("featureId", "path", true, Map.of("type", "string"), "A 28-character unit code"));
        Map<String, Object> bbox = form(
                "bbox",
                Map.of(
                        "type", "array",
                        "oneOf", List.of(Map.of("minItems", 4, "maxItems", 4), Map.of("minItems", 6, "maxItems", 6)),
                        "items", Map.of("type", "number")),
                "minLon,minLat,maxLon,maxLat (or 6 numbers with bottom and top heights, metres of the 1985 datum,"
                        + " in 3rd and 6th place) in bbox-crs order; a CRS84 box may lie anywhere on Earth and cross"
                        + " the antimeridian (west > east)");
        p.put("bbox", bbox);
        p.put("bbox-crs", parameter("bbox-crs", "query", false, crsSchema(), "The CRS of bbox; CRS84 when absent"));
        p.put(
                "datetime",
                form(
                        "datetime",
                        Map.of("type", "string"),
                        "An instant or an interval start/end (open ends .. or empty) of RFC 3339 date-times or dates; features"
                                + " whose registration was legally valid at some moment in it. A date is that whole day,"
                                + " China Standard Time"));
        p.put(
                "filter",
                parameter(
                        "filter",
                        "query",
                        false,
                        Map.of("type", "string"),
                        "A CQL2 filter in filter-lang: comparisons, LIKE, BETWEEN, IN, IS NULL, AND/OR/NOT, S_INTERSECTS"
                                + " (POINT, POLYGON, BBOX), T_INTERSECTS on validity (DATE, TIMESTAMP, INTERVAL)"));
        p.put(
                "filter-lang",
                parameter(
                        "filter-lang",
                        "query",
                        false,
                        Map.of(
                                "type",
                                "string",
                                "enum",
                                List.of("cql2-text", "cql2-json", "cql-text"),
                                "default",
                                "cql2-text"),
                        "The encoding of filter: cql2-text or cql2-json; cql-text, the name drafts of Part 3 gave the"
                                + " text encoding (GDAL's OGC API client sends it), is read as cql2-text"));
        p.put(
                "filter-crs",
                parameter(
                        "filter-crs",
                        "query",
                        false,
                        Map.of(
                                "type",
                                "string",
                                "format",
                                "uri",
                                "enum",
                                List.of(Crs.CRS84.uri(), Crs.EPSG_4549.uri())),
                        "The CRS of the filter's geometries; CRS84 when absent"));
        Map<String, Object> limitSchema = new LinkedHashMap<>();
        limitSchema.put("type", "integer");
        limitSchema.put("minimum", 1);
        limitSchema.put("maximum", AreaQuery.MAX_LIMIT);
        limitSchema.put("default", ItemsParameters.DEFAULT_LIMIT);
        p.put("limit", form("limit", limitSchema, "Features per page"));
        p.put(
                "offset",
                parameter(
                        "offset",
                        "query",
                        false,
                        Map.of("type", "integer", "minimum", 0, "default", 0),
                        "Matching features to skip"));
        p.put("crs", parameter("crs", "query", false, crsSchema(), "The CRS of the answer's coordinates"));
        p.put(
                "f",
                parameter(
                        "f",
                        "query",
                        false,
                        Map.of("type", "string", "enum", List.of("json", "jsonfg", "html")),
                        "The format; otherwise chosen by the Accept header"));
        return p;
    }

    private static Map<String, Object> crsSchema() {
        return Map.of(
                "type", "string",
                "format", "uri",
                "enum", Arrays.stream(Crs.values()).map(Crs::uri).toList());
    }

    private static Map<String, Object> form(String name, Map<String, Object> schema, String description) {
        Map<String, Object> p = parameter(name, "query", false, schema, description);
        p.put("style", "form");
        p.put("explode", false);
        return p;
    }

    private static Map<String, Object> parameter(
            String name, String in, boolean required, Map<String, Object> schema, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("required", required);
        p.put("description", description);
        p.put("schema", schema);
        return p;
    }

    private static Map<String, Object> exception() {
        return Map.of(
                "type", "object",
                "required", List.of("status", "code", "message"),
                "properties",
                        Map.of(
                                "status", Map.of("type", "integer"),
                                "code", Map.of("type", "string"),
                                "message", Map.of("type", "string")));
    }
}
