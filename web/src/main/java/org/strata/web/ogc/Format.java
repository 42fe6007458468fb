package org.strata.web.ogc;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.strata.web.http.ApiException;

/** The representation a client asked for: {@code f=json|html} wins, else the Accept header, else JSON. */
enum Format {
    /** JSON (GeoJSON for features). */
    JSON,
    /** An HTML page. */
    HTML,
    /** OGC Features and Geometries JSON: GeoJSON plus the volume as a Prism in {@code place}. */
    JSONFG;

    static Format choose(String f, HttpHeaders headers) {
        if (f != null) {
            return switch (f) {
                case "json", "geojson" -> JSON;
                case "html" -> HTML;
                case "jsonfg" -> JSONFG;
                default -> throw ApiException.badRequest(
                        "invalid-format", "f '" + f + "' is not one of json, jsonfg, html");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.getSubtype().equals("fg+json")) {
                return JSONFG;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return HTML;
            }
            if (!type.isWildcardType() && (type.getSubtype().endsWith("json") || type.isWildcardSubtype())) {
                return JSON;
            }
        }
        return JSON;
    }
}
