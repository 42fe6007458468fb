package org.strata.geo.tiles3d;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.ConstrainedDelaunayTriangulator;

/**
 * The triangles of a tile's volumes, each an extruded footprint, in the tile's local frame: metres east, north and
 * up of the tile's centre on the ellipsoid, written as glTF wants them (y up: x east, y up, z south). Every vertex
 * carries its face's outward normal, a colour and the index of its feature in the tile's property table.
 */
public final class VolumeMesh {
    /** Turns a grid easting and northing into {longitude, latitude} in degrees. */
    @FunctionalInterface
    public interface LonLatOf {
        /** The longitude and latitude of a grid point. */
        double[] toLonLat(double easting, double northing);
    }

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

    /** The 4×4 column-major matrix from the tile's frame (z up, as 3D Tiles has it) to Earth-centred coordinates. */
    public double[] frameToEcef() {
        return new double[] {
            axes[0], axes[1], axes[2], 0,
            axes[3], axes[4], axes[5], 0,
            axes[6], axes[7], axes[8], 0,
            origin[0], origin[1], origin[2], 1
        };
    }

    /**
     * Adds a footprint (EPSG:4549 grid) extruded between two heights above the ellipsoid as feature {@code feature},
     * in a colour (RGBA bytes).
     */
    public void addPrism(int feature, Polygon footprint, double bottom, double top, int[] rgba) {
        Polygon p = oriented(footprint);
        Geometry triangles = ConstrainedDelaunayTriangulator.triangulate(p);
        for (int i = 0; i < triangles.getNumGeometries(); i++) {
            Coordinate[] t = triangles.getGeometryN(i).getCoordinates();
            boolean ccw = Orientation.isCCW(new Coordinate[] {t[0], t[1], t[2], t[0]});
            Coordinate a = t[0];
            Coordinate b = ccw ? t[1] : t[2];
            Coordinate c = ccw ? t[2] : t[1];
            triangle(feature, rgba, local(a, top), local(b, top), local(c, top));
            triangle(feature, rgba, local(a, bottom), local(c, bottom), local(b, bottom));
        }
        walls(feature, rgba, p.getExteriorRing(), bottom, top);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            walls(feature, rgba, p.getInteriorRingN(h), bottom, top);
        }
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

    private void walls(int feature, int[] rgba, LinearRing ring, double bottom, double top) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            double[] a0 = local(c[i], bottom);
            double[] b0 = local(c[i + 1], bottom);
            double[] b1 = local(c[i + 1], top);
            double[] a1 = local(c[i], top);
            triangle(feature, rgba, a0, b0, b1);
            triangle(feature, rgba, a0, b1, a1);
        }
    }

    /** A point of the grid at a height, in the tile's frame (east, north, up). */
    private double[] local(Coordinate grid, double height) {
        double[] lonLat = lonLatOf.toLonLat(grid.x, grid.y);
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

    private void triangle(int feature, int[] rgba, double[] a, double[] b, double[] c) {
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
        if (length == 0) {
            return;
        }
        for (double[] p : new double[][] {a, b, c}) {
            indices.add(featureIds.size());
            // glTF is y up: (east, north, up) is written (east, up, -north)
            positions.add((float) p[0], (float) p[2], (float) -p[1]);
            normals.add((float) (nx / length), (float) (nz / length), (float) (-ny / length));
            featureIds.add(feature);
            colours.add(rgba);
        }
    }

    /** The polygon with its shell counter-clockwise and its holes clockwise, so that walls face outwards. */
    private static Polygon oriented(Polygon polygon) {
        Polygon p = (Polygon) polygon.copy();
        p.normalize();
        // JTS normalizes to a clockwise shell and counter-clockwise holes: the reverse of what is wanted
        return p.reverse();
    }
}
