package org.strata.geo.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.crs.AxisOrder;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.Footprint;

/**
 * Writes and reads footprints as GeoJSON polygons (plain JSON trees) in the requested CRS: CRS84 longitude, latitude to 1e-8 degree
 * (about a millimetre), or EPSG:4549 to the millimetre; positions in each CRS's authority order (northing first
 * for EPSG:4549).
 */
public final class GeoJsonPolygon {
    private static final double DEGREE_STEP = 1e8;
    private static final double METRE_STEP = 1e3;

    private static final GeometryFactory GF = new GeometryFactory();

    private final GridTransform transform;

    /** The codec converting between the grid and CRS84 with this transform. */
    public GeoJsonPolygon(GridTransform transform) {
        this.transform = transform;
    }

    /** A footprint as a GeoJSON Polygon tree in {@code crs}, positions in its authority order. */
    public Map<String, Object> polygon(Footprint footprint, Crs crs) {
        Polygon polygon = (Polygon) transform.toCrs(footprint.polygon(), crs);
        return write(polygon, crs.authorityOrder(), crs.projected() ? METRE_STEP : DEGREE_STEP);
    }

    /**
     * A footprint's rings in {@code crs} as arrays of positions (each two numbers in the CRS's authority order,
     * rounded as in {@link #polygon}), for writers that stream GeoJSON rather than build a tree.
     */
    public double[][][] rings(Footprint footprint, Crs crs) {
        Polygon polygon = (Polygon) transform.toCrs(footprint.polygon(), crs);
        double step = crs.projected() ? METRE_STEP : DEGREE_STEP;
        double[][][] rings = new double[1 + polygon.getNumInteriorRing()][][];
        rings[0] = positions(polygon.getExteriorRing(), crs.authorityOrder(), step);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings[i + 1] = positions(polygon.getInteriorRingN(i), crs.authorityOrder(), step);
        }
        return rings;
    }

    /**
     * Reads a GeoJSON Polygon tree in {@code crs} (positions in its authority order) as a footprint.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public Footprint read(Map<?, ?> geometry, Crs crs) {
        Polygon polygon = read(geometry, crs.authorityOrder());
        return Footprint.ofEpsg4549((Polygon) transform.fromCrs(polygon, crs));
    }

    /**
     * A polygon as a GeoJSON Polygon tree, positions in {@code order}, rounded to {@code 1 / step}.
     *
     * @param step 1e3 for millimetres, 1e8 for about a millimetre in degrees
     */
    static Map<String, Object> write(Polygon polygon, AxisOrder order, double step) {
        List<Object> rings = new ArrayList<>();
        rings.add(ring(polygon.getExteriorRing(), order, step));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i), order, step));
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Polygon");
        geometry.put("coordinates", rings);
        return geometry;
    }

    /**
     * Reads a GeoJSON Polygon tree whose positions are two numbers in {@code order}, as easting and northing.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static Polygon read(Map<?, ?> geometry, AxisOrder order) {
        if (!"Polygon".equals(geometry.get("type")) || !(geometry.get("coordinates") instanceof List<?> rings)) {
            throw new IllegalArgumentException("a footprint is a GeoJSON Polygon");
        }
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs an outer ring");
        }
        LinearRing[] all = new LinearRing[rings.size()];
        for (int i = 0; i < rings.size(); i++) {
            all[i] = readRing(rings.get(i), order);
        }
        return GF.createPolygon(all[0], java.util.Arrays.copyOfRange(all, 1, all.length));
    }

    private static List<List<Double>> ring(LineString ring, AxisOrder order, double step) {
        List<List<Double>> points = new ArrayList<>(ring.getNumPoints());
        for (Coordinate c : ring.getCoordinates()) {
            double[] p = order.write(c.x, c.y);
            points.add(List.of(round(p[0], step), round(p[1], step)));
        }
        return points;
    }

    private static double[][] positions(LineString ring, AxisOrder order, double step) {
        double[][] positions = new double[ring.getNumPoints()][];
        for (int i = 0; i < positions.length; i++) {
            Coordinate c = ring.getCoordinateN(i);
            double[] p = order.write(c.x, c.y);
            positions[i] = new double[] {round(p[0], step), round(p[1], step)};
        }
        return positions;
    }

    private static double round(double value, double step) {
        return Math.round(value * step) / step;
    }

    private static LinearRing readRing(Object ring, AxisOrder order) {
        if (!(ring instanceof List<?> positions)) {
            throw new IllegalArgumentException("a ring is an array of positions");
        }
        List<Coordinate> coordinates = new ArrayList<>();
        for (Object position : positions) {
            if (!(position instanceof List<?> p)
                    || p.size() != 2
                    || !(p.get(0) instanceof Number first)
                    || !(p.get(1) instanceof Number second)) {
                throw new IllegalArgumentException("a position is two numbers in " + order + " order");
            }
            double[] en = order.read(first.doubleValue(), second.doubleValue());
            coordinates.add(new Coordinate(en[0], en[1]));
        }
        return GF.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
