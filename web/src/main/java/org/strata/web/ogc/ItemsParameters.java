package org.strata.web.ogc;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.LonLatBox;
import org.strata.geo.op.LonLatClip;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.port.TimeWindow;
import org.strata.web.http.ApiException;

/**
 * The query parameters of an items request, checked: {@code bbox} (4 numbers, or 6 with bottom and top
 * heights in metres of the 1985 datum), {@code bbox-crs}, {@code crs}, {@code datetime}, {@code limit} and
 * {@code offset}. Coordinates follow the axis order of their CRS: CRS84 is longitude, latitude; EPSG:4490 latitude,
 * longitude; the CGCS2000 zones EPSG:4548, 4549 and 4550 northing, easting. A CRS84 box may lie anywhere on Earth and cross the antimeridian: it is clipped to EPSG:4549's
 * area of use before it is projected, and a box outside it matches nothing.
 *
 * @param query the store query
 * @param outputCrs the CRS of the answer's coordinates
 * @param outsideAreaOfUse whether the box lies wholly outside the area the store's CRS covers: nothing can match
 */
public record ItemsParameters(AreaQuery query, Crs outputCrs, boolean outsideAreaOfUse) {
    /** The parameters an items request takes. */
    static final java.util.Set<String> NAMES = java.util.Set.of(
            "bbox", "bbox-crs", "crs", "datetime", "limit", "offset", "f", "filter", "filter-lang", "filter-crs");

    /** Items per page when {@code limit} is absent. */
    public static final int DEFAULT_LIMIT = 10;

    /** Reads and checks the parameters; every failure is a 400 with a code naming the parameter. */
    public static ItemsParameters parse(MultivaluedMap<String, String> parameters, GridTransform transform) {
        int limit = integer(parameters, "limit", DEFAULT_LIMIT, 1, AreaQuery.MAX_LIMIT, "invalid-limit");
        long offset = integer(parameters, "offset", 0, 0, Integer.MAX_VALUE, "invalid-offset");
        Crs output = crs(parameters, "crs", "invalid-crs");
        Crs bboxCrs = crs(parameters, "bbox-crs", "invalid-bbox-crs");
        Optional<GridBox> box = Optional.empty();
        boolean outside = false;
        HeightRange heights = HeightRange.unbounded();
        String bboxText = single(parameters, "bbox");
        if (bboxText != null) {
            double[] n = numbers(bboxText);
            double[] plan;
            if (n.length == 4) {
                plan = n;
            } else {
                plan = new double[] {n[0], n[1], n[3], n[4]};
                if (!(n[2] < n[5])) {
                    throw ApiException.badRequest(
                            "invalid-bbox", "bbox: bottom height " + n[2] + " must lie below top height " + n[5]);
                }
                heights = HeightRange.of(n[2], n[5]);
            }
            if (bboxCrs.projected()) {
                box = Optional.of(gridBox(plan, bboxCrs, transform));
            } else {
                // EPSG:4490 is latitude first; CRS84 longitude first
                double[] lonLat = bboxCrs.authorityOrderIsNorthingFirst()
                        ? new double[] {plan[1], plan[0], plan[3], plan[2]}
                        : plan;
                Optional<LonLatBox> inside = clipped(lonLat, transform);
                outside = inside.isEmpty();
                box = inside.map(transform::toGrid);
            }
        } else if (parameters.containsKey("bbox-crs")) {
            throw ApiException.badRequest("invalid-bbox-crs", "bbox-crs is given without bbox");
        }
        String datetime = single(parameters, "datetime");
        Optional<TimeWindow> window = datetime == null ? Optional.empty() : Optional.of(OgcDatetime.parse(datetime));
        return new ItemsParameters(new AreaQuery(box, heights, offset, limit, window), output, outside);
    }

    /** The same parameters with another store query. */
    ItemsParameters withQuery(AreaQuery other) {
        return new ItemsParameters(other, outputCrs, outsideAreaOfUse);
    }

    private static Optional<LonLatBox> clipped(double[] plan, GridTransform transform) {
        try {
            return LonLatClip.within(plan[0], plan[1], plan[2], plan[3], transform.areaOfUse());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "invalid-bbox", "bbox: " + e.getMessage() + " (CRS84 order is minLon,minLat,maxLon,maxLat)");
        }
    }

    private static GridBox gridBox(double[] plan, Crs crs, GridTransform transform) {
        try {
            // the zones' axis order: northing, easting
            return transform.toGrid(new GridBox(plan[1], plan[0], plan[3], plan[2]), crs);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(
                    "invalid-bbox",
                    "bbox: " + e.getMessage() + " (" + crs.code()
                            + " order is minNorthing,minEasting,maxNorthing,maxEasting)");
        }
    }

    private static double[] numbers(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw ApiException.badRequest(
                    "invalid-bbox",
                    "bbox must have 4 numbers (or 6 with heights), not " + parts.length + ": '" + text + "'");
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(
                        "invalid-bbox", "bbox value " + (i + 1) + " '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(n[i]) || parts[i].trim().matches("(?i).*(nan|infinity).*")) {
                throw ApiException.badRequest(
                        "invalid-bbox", "bbox value " + (i + 1) + " '" + parts[i] + "' is not finite");
            }
        }
        return n;
    }

    private static Crs crs(MultivaluedMap<String, String> parameters, String name, String code) {
        String text = single(parameters, name);
        if (text == null) {
            return Crs.CRS84;
        }
        return Crs.fromText(text)
                .orElseThrow(() -> ApiException.badRequest(
                        code,
                        name + " '" + text + "' is not supported; use one of "
                                + java.util.Arrays.stream(Crs.values())
                                        .map(Crs::uri)
                                        .toList()));
    }

    private static int integer(
            MultivaluedMap<String, String> parameters, String name, int absent, int min, int max, String code) {
        String text = single(parameters, name);
        if (text == null) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(code, name + " '" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest(code, name + " " + value + " is outside " + min + "-" + max);
        }
        return (int) value;
    }

    private static String single(MultivaluedMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badRequest("invalid-" + name, name + " is given " + values.size() + " times");
        }
        return values.get(0);
    }
}
