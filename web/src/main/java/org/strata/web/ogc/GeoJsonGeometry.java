package org.strata.web.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.Footprint;

/**
 * Writes footprints as GeoJSON polygons in the requested CRS: CRS84 longitude, latitude to 1e-8 degree
 * (about a millimetre), or EPSG:4549 to the millimetre; positions in each CRS's authority order (northing first
 * for EPSG:4549).
 */
final class GeoJsonGeometry {
    private static final double DEGREE_STEP = 1e8;
    private static final double METRE_STEP = 1e3;

    private final GridTransform transform;

    GeoJsonGeometry(GridTransform transform) {
        this.transform = transform;
    }

    Map<String, Object> polygon(Footprint footprint, Crs crs) {
        Polygon polygon = footprint.polygon();
        if (crs == Crs.CRS84) {
            polygon = (Polygon) transform.toLonLat(polygon);
        }
        List<Object> rings = new ArrayList<>();
        rings.add(ring(polygon.getExteriorRing(), crs));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i), crs));
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Polygon");
        geometry.put("coordinates", rings);
        return geometry;
    }

    private static List<double[]> ring(LineString ring, Crs crs) {
        List<double[]> points = new ArrayList<>(ring.getNumPoints());
        for (Coordinate c : ring.getCoordinates()) {
            double step = crs == Crs.EPSG_4549 ? METRE_STEP : DEGREE_STEP;
            double[] p = crs.authorityOrder().write(c.x, c.y);
            points.add(new double[] {round(p[0], step), round(p[1], step)});
        }
        return points;
    }

    private static double round(double value, double step) {
        return Math.round(value * step) / step;
    }
}
