package org.strata.web.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.LonLatBox;

/** Builds the JSON documents of the OGC API: landing page, conformance, collection descriptions. */
final class OgcDocuments {
    static final String GEOJSON = "application/geo+json";
    static final String JSON = "application/json";
    static final String HTML = "text/html";
    static final String JSON_FG = "application/fg+json";
    static final List<String> JSON_FG_CONFORMANCE = List.of(
            "http://www.opengis.net/spec/json-fg-1/0.2/conf/core", "http://www.opengis.net/spec/json-fg-1/0.2/conf/3d");
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");

    private final GridTransform transform;

    OgcDocuments(GridTransform transform) {
        this.transform = transform;
    }

    Map<String, Object> landing(String base) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", "Strata real-estate register");
        doc.put(
                "description",
                "Parcels, buildings and units of the register, as OGC API - Features. Coordinates"
                        + " are CRS84 by default; crs=" + Crs.EPSG_4549.uri() + " gives EPSG:4549 (northing, easting,"
                        + " metres). Heights are metres in the 1985 national height datum.");
        doc.put(
                "links",
                List.of(
                        new Link(base + "/ogc?f=json", "self", JSON, "This document"),
                        new Link(base + "/ogc?f=html", "alternate", HTML, "This document as HTML"),
                        new Link(base + "/ogc/api", "service-desc", OPENAPI, "The API definition"),
                        new Link(base + "/ogc/conformance", "conformance", JSON, "Conformance classes"),
                        new Link(
                                base + "/ogc/tileMatrixSets",
                                "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes",
                                JSON,
                                "Tile matrix sets"),
                        new Link(base + "/ogc/collections", "data", JSON, "Feature collections")));
        return doc;
    }

    Map<String, Object> conformance() {
        List<String> all = new ArrayList<>(CONFORMANCE);
        all.addAll(OgcFilter.CONFORMANCE);
        all.addAll(List.of(
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
                "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset"));
        return Map.of("conformsTo", all);
    }

    /**
     * A collection's extent: where its features lie and since when they have been registered.
     *
     * @param spatial the box of the features, EPSG:4549
     * @param since the earliest first registration's valid-from
     */
    record Extent(Optional<GridBox> spatial, Optional<java.time.Instant> since) {}

    Map<String, Object> collections(String base, Map<OgcCollection, Extent> extents) {
        List<Object> list = new ArrayList<>();
        extents.forEach((c, extent) -> list.add(collection(base, c, extent)));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(
                "links",
                List.of(
                        new Link(base + "/ogc/collections?f=json", "self", JSON, "Feature collections"),
                        new Link(base + "/ogc/collections?f=html", "alternate", HTML, "Feature collections as HTML")));
        doc.put("collections", list);
        doc.put("crs", crsList());
        return doc;
    }

    Map<String, Object> collection(String base, OgcCollection c, Extent extent) {
        String self = base + "/ogc/collections/" + c.id();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", c.id());
        doc.put("title", c.title());
        doc.put("description", c.description());
        doc.put("itemType", "feature");
        doc.put(
                "links",
                List.of(
                        new Link(self + "?f=json", "self", JSON, c.title()),
                        new Link(self + "?f=html", "alternate", HTML, c.title() + " as HTML"),
                        new Link(self + "/items?f=json", "items", GEOJSON, c.title() + " as GeoJSON"),
                        new Link(self + "/items?f=html", "items", HTML, c.title() + " as HTML"),
                        new Link(
                                self + "/queryables",
                                "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                                "application/schema+json",
                                c.title() + " queryables"),
                        new Link(
                                self + "/tiles",
                                "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector",
                                JSON,
                                c.title() + " as vector tiles")));
        Map<String, Object> extentDoc = new LinkedHashMap<>();
        extent.spatial().ifPresent(box -> {
            LonLatBox lonLat = transform.toLonLat(box);
            Map<String, Object> spatial = new LinkedHashMap<>();
            spatial.put(
                    "bbox",
                    List.of(List.of(
                            lonLat.minLongitude(), lonLat.minLatitude(), lonLat.maxLongitude(), lonLat.maxLatitude())));
            spatial.put("crs", Crs.CRS84.uri());
            extentDoc.put("spatial", spatial);
        });
        extent.since().ifPresent(since -> {
            // registered since then and, taken together, still in force: an interval open at its end
            Map<String, Object> temporal = new LinkedHashMap<>();
            temporal.put("interval", List.of(java.util.Arrays.asList(since.toString(), null)));
            temporal.put("trs", "http://www.opengis.net/def/uri/ISO-8601/0/Gregorian");
            extentDoc.put("temporal", temporal);
        });
        if (!extentDoc.isEmpty()) {
            doc.put("extent", extentDoc);
        }
        doc.put("crs", crsList());
        doc.put("storageCrs", Crs.EPSG_4549.uri());
        return doc;
    }

    private static List<String> crsList() {
        return java.util.Arrays.stream(Crs.values()).map(Crs::uri).toList();
    }
}
