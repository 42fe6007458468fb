package org.strata.geo.tiles3d;

import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.ConstrainedDelaunayTriangulator;

/**
 * The triangles of a tile's volumes, each an extruded footprint, in the tile's local frame: metres east, north and
 * up of a point on the ellipsoid ({@link Ecef#frame}), written y-up as glTF wants them (east, up, south). Every vertex
 * carries its face's outward normal, a colour and the index of its feature in the tile's property table.
 */
public final class VolumeMesh {
    /** Turns a grid easting and northing into {longitude, latitude} in degrees. */
    @FunctionalInterface
    public interface LonLatOf {
        /** The longitude and latitude of a grid point. */
        double[] toLonLat(double easting, double northing);
    }

    /** The frame's up and down: the roofs' and floors' normals (the ellipsoid bends by 0.002° over 256 m). */
    private static final double[] UP = {0, 0, 1};

    private static final double[] DOWN = {0, 0, -1};

    private final LonLatOf lonLatOf;
    private final double[] origin;
    private final double[] axes;
    private final FloatList positions = new FloatList();
    private final FloatList normals = new FloatList();
    private final FloatList featureIds = new FloatList();
    private final ByteList colours = new ByteList();
    private final IntList indices = new IntList();

    /** An empty mesh whose frame is east-north-up at a longitude and latitude (degrees), height 0. */
    public VolumeMesh(LonLatOf lonLatOf, double longitude, double latitude) {
        this.lonLatOf = lonLatOf;
        this.origin = Ecef.of(longitude, latitude, 0);
        this.axes = Ecef.eastNorthUp(longitude, latitude);
    }

    /**
     * Adds a footprint (EPSG:4549 grid) extruded between two heights above the ellipsoid as feature {@code feature},
     * in a colour (RGBA bytes). The roof and the floor share one vertex per corner; each wall has four.
     */
    public void addPrism(int feature, Polygon footprint, double bottom, double top, int[] rgba) {
        Polygon p = oriented(footprint);
        // each corner's place at the two heights, worked out once (the projection is the costly part)
        Map<Coordinate, double[][]> corners = new HashMap<>();
        Map<Coordinate, Integer> roof = new HashMap<>();
        Map<Coordinate, Integer> floor = new HashMap<>();
        Geometry triangles = ConstrainedDelaunayTriangulator.triangulate(p);
        for (int i = 0; i < triangles.getNumGeometries(); i++) {
            Coordinate[] t = triangles.getGeometryN(i).getCoordinates();
            boolean ccw = Orientation.isCCW(new Coordinate[] {t[0], t[1], t[2], t[0]});
            Coordinate a = t[0];
            Coordinate b = ccw ? t[1] : t[2];
            Coordinate c = ccw ? t[2] : t[1];
            // seen from above the roof turns counter-clockwise, and the floor, seen from below, too
            indices.add(capVertex(roof, corners, a, bottom, top, 1, feature, rgba));
            indices.add(capVertex(roof, corners, b, bottom, top, 1, feature, rgba));
            indices.add(capVertex(roof, corners, c, bottom, top, 1, feature, rgba));
            indices.add(capVertex(floor, corners, a, bottom, top, 0, feature, rgba));
            indices.add(capVertex(floor, corners, c, bottom, top, 0, feature, rgba));
            indices.add(capVertex(floor, corners, b, bottom, top, 0, feature, rgba));
        }
        walls(feature, rgba, corners, p.getExteriorRing(), bottom, top);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            walls(feature, rgba, corners, p.getInteriorRingN(h), bottom, top);
        }
    }

    /** The roof's (level 1) or the floor's (level 0) vertex at a corner, added the first time it is asked for. */
    private int capVertex(
            Map<Coordinate, Integer> cap,
            Map<Coordinate, double[][]> corners,
            Coordinate c,
            double bottom,
            double top,
            int level,
            int feature,
            int[] rgba) {
        Integer index = cap.get(c);
        if (index == null) {
            index = vertex(corner(corners, c, bottom, top)[level], level == 1 ? UP : DOWN, feature, rgba);
            cap.put(c, index);
        }
        return index;
    }

    private double[][] corner(Map<Coordinate, double[][]> corners, Coordinate c, double bottom, double top) {
        return corners.computeIfAbsent(c, k -> {
            double[] lonLat = lonLatOf.toLonLat(k.x, k.y);
            return new double[][] {local(lonLat, bottom), local(lonLat, top)};
        });
    }

    /** How many vertices the mesh has. */
    public int vertexCount() {
        return featureIds.size();
    }

    /** The vertices' positions, as glTF wants them. */
    public float[] positions() {
        return positions.toArray();
    }

    /** The vertices' normals, as glTF wants them. */
    public float[] normals() {
        return normals.toArray();
    }

    /** The vertices' featureIds, as glTF wants them. */
    public float[] featureIds() {
        return featureIds.toArray();
    }

    /** The vertices' colours, RGBA bytes. */
    public byte[] colours() {
        return colours.toArray();
    }

    /** The triangles' vertex indices. */
    public int[] indices() {
        return indices.toArray();
    }

    private void walls(
            int feature, int[] rgba, Map<Coordinate, double[][]> corners, LinearRing ring, double bottom, double top) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            double[][] a = corner(corners, c[i], bottom, top);
            double[][] b = corner(corners, c[i + 1], bottom, top);
            double[] normal = normal(a[0], b[0], b[1]);
            if (normal == null) {
                continue;
            }
            int first = vertex(a[0], normal, feature, rgba);
            vertex(b[0], normal, feature, rgba);
            vertex(b[1], normal, feature, rgba);
            vertex(a[1], normal, feature, rgba);
            indices.add(first, first + 1, first + 2);
            indices.add(first, first + 2, first + 3);
        }
    }

    /** A point at a longitude, latitude (degrees) and ellipsoidal height, in the tile's frame (east, north, up). */
    private double[] local(double[] lonLat, double height) {
        double[] p = Ecef.of(lonLat[0], lonLat[1], height);
        double dx = p[0] - origin[0];
        double dy = p[1] - origin[1];
        double dz = p[2] - origin[2];
        return new double[] {
            axes[0] * dx + axes[1] * dy + axes[2] * dz,
            axes[3] * dx + axes[4] * dy + axes[5] * dz,
            axes[6] * dx + axes[7] * dy + axes[8] * dz
        };
    }

    /** The unit normal of a triangle turning counter-clockwise, in the frame; none for a degenerate one. */
    private static double[] normal(double[] a, double[] b, double[] c) {
        double ux = b[0] - a[0];
        double uy = b[1] - a[1];
        double uz = b[2] - a[2];
        double vx = c[0] - a[0];
        double vy = c[1] - a[1];
        double vz = c[2] - a[2];
        double nx = uy * vz - uz * vy;
        double ny = uz * vx - ux * vz;
        double nz = ux * vy - uy * vx;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        return length == 0 ? null : new double[] {nx / length, ny / length, nz / length};
    }

    /** Adds a vertex at a point of the frame (east, north, up) with a normal; returns its index. */
    private int vertex(double[] p, double[] normal, int feature, int[] rgba) {
        int index = featureIds.size();
        // glTF is y up: (east, north, up) is written (east, up, -north)
        positions.add((float) p[0], (float) p[2], (float) -p[1]);
        normals.add((float) normal[0], (float) normal[2], (float) -normal[1]);
        featureIds.add(feature);
        colours.add(rgba);
        return index;
    }

    /** The polygon with its shell counter-clockwise and its holes clockwise, so that walls face outwards. */
    private static Polygon oriented(Polygon polygon) {
        Polygon p = (Polygon) polygon.copy();
        p.normalize();
        // JTS normalizes to a clockwise shell and counter-clockwise holes: the reverse of what is wanted
        return p.reverse();
    }
}
