package org.strata.geo.crs;

import java.util.Locale;
import java.util.Optional;

/**
 * The coordinate reference systems Strata reads and writes, with their OGC URIs and axis order.
 */
public enum Crs {
    /** WGS 84 longitude, latitude in degrees (OGC CRS84); CGCS2000 agrees with it within a few centimetres. */
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", false),
    /** CGCS2000 3-degree Gauss-Kruger CM 120E, metres; EPSG defines it northing first. */
    EPSG_4549("http://www.opengis.net/def/crs/EPSG/0/4549", true);

    private final String uri;
    private final boolean northingFirst;

    Crs(String uri, boolean northingFirst) {
        this.uri = uri;
        this.northingFirst = northingFirst;
    }

    /** The OGC URI of this CRS. */
    public String uri() {
        return uri;
    }

    /** Whether the authority's axis order puts the second coordinate (northing, latitude) first. */
    public boolean authorityOrderIsNorthingFirst() {
        return northingFirst;
    }

    /** The order of positions in this CRS as its authority defines it. */
    public AxisOrder authorityOrder() {
        return northingFirst ? AxisOrder.NORTH_EAST : AxisOrder.EAST_NORTH;
    }

    /** Reads an OGC URI, a safe CURIE ({@code [EPSG:4549]}) or a short code ({@code EPSG:4549}). */
    public static Optional<Crs> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        String upper = t.toUpperCase(Locale.ROOT);
        for (Crs crs : values()) {
            if (crs.uri.equalsIgnoreCase(t)) {
                return Optional.of(crs);
            }
        }
        if (upper.equals("OGC:CRS84") || upper.equals("CRS84")) {
            return Optional.of(CRS84);
        }
        if (upper.equals("EPSG:4549")) {
            return Optional.of(EPSG_4549);
        }
        return Optional.empty();
    }
}
