package org.strata.geo.crs;

import java.util.Locale;
import java.util.Optional;

/**
 * The coordinate reference systems Strata reads and writes, with their OGC URIs and axis order.
 */
public enum Crs {
    /** WGS 84 longitude, latitude in degrees (OGC CRS84); CGCS2000 agrees with it within a few centimetres. */
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", false, false),
    /** CGCS2000 geographic, degrees; EPSG defines it latitude first. */
    EPSG_4490("http://www.opengis.net/def/crs/EPSG/0/4490", true, false),
    /** CGCS2000 3-degree Gauss-Kruger CM 117E (western Zhejiang), metres; northing first. */
    EPSG_4548("http://www.opengis.net/def/crs/EPSG/0/4548", true, true),
    /** CGCS2000 3-degree Gauss-Kruger CM 120E, metres; EPSG defines it northing first. Strata's storage CRS. */
    EPSG_4549("http://www.opengis.net/def/crs/EPSG/0/4549", true, true),
    /** CGCS2000 3-degree Gauss-Kruger CM 123E (eastern Zhejiang and its coast), metres; northing first. */
    EPSG_4550("http://www.opengis.net/def/crs/EPSG/0/4550", true, true);

    private final String uri;
    private final boolean northingFirst;
    private final boolean projected;

    Crs(String uri, boolean northingFirst, boolean projected) {
        this.uri = uri;
        this.northingFirst = northingFirst;
        this.projected = projected;
    }

    /** Whether coordinates are projected metres (else degrees). */
    public boolean projected() {
        return projected;
    }

    /** The EPSG code ({@code EPSG:4549}), or {@code OGC:CRS84}. */
    public String code() {
        return this == CRS84 ? "OGC:CRS84" : "EPSG:" + uri.substring(uri.lastIndexOf('/') + 1);
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
        for (Crs crs : values()) {
            if (crs.code().equals(upper)) {
                return Optional.of(crs);
            }
        }
        return Optional.empty();
    }
}
