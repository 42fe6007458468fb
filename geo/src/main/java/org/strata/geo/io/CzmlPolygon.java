package org.strata.geo.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A polygon's outline and holes as CZML {@code polygon} properties: {@code positions} (a Cartographic degrees list,
 * the closing vertex left out) and, when the polygon has holes, {@code holes} (a list of such lists).
 */
public final class CzmlPolygon {
    /** Turns a grid coordinate into longitude and latitude in degrees. */
    @FunctionalInterface
    public interface ToLonLat {
        /** Longitude and latitude of a point given as easting and northing. */
        double[] apply(double easting, double northing);
    }

    private CzmlPolygon() {}

    /**
     * The CZML properties of a footprint.
     *
     * @param footprint the polygon, exterior ring and holes
     * @param toLonLat the footprint's coordinates to degrees
     * @return {@code positions} and, for a polygon with holes, {@code holes}
     */
    public static Map<String, Object> properties(Polygon footprint, ToLonLat toLonLat) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("positions", Map.of("cartographicDegrees", degrees(footprint.getExteriorRing(), toLonLat)));
        if (footprint.getNumInteriorRing() > 0) {
            List<List<Double>> holes = new ArrayList<>();
            for (int i = 0; i < footprint.getNumInteriorRing(); i++) {
                holes.add(degrees(footprint.getInteriorRingN(i), toLonLat));
            }
            out.put("holes", Map.of("cartographicDegrees", holes));
        }
        return out;
    }

    private static List<Double> degrees(LineString ring, ToLonLat toLonLat) {
        Coordinate[] points = ring.getCoordinates();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < points.length - 1; i++) {
            double[] lonLat = toLonLat.apply(points[i].x, points[i].y);
            out.add(Math.round(lonLat[0] * 1e8) / 1e8);
            out.add(Math.round(lonLat[1] * 1e8) / 1e8);
            out.add(0.0);
        }
        return out;
    }
}
