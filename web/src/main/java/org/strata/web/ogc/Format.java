package org.strata.web.ogc;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.strata.web.api.ApiException;

/** The representation a client asked for: {@code f=json|html} wins, else the Accept header, else JSON. */
enum Format {
    /** JSON (GeoJSON for features). */
    JSON,
    /** An HTML page. */
    HTML;

    static Format choose(String f, HttpHeaders headers) {
        if (f != null) {
            return switch (f) {
                case "json", "geojson" -> JSON;
                case "html" -> HTML;
                default -> throw ApiException.badRequest("invalid-format", "f '" + f + "' is not one of json, html");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
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
