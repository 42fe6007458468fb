package org.strata.geo.op.validity;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.strata.geo.model.Point3;

/**
 * A plane fitted to a ring (Newell's normal through the centroid), with a 2D frame in it so that polygons can
 * be checked with planar algorithms.
 */
final class Plane {
    final double[] normal;
    final Point3 origin;
    private final double[] u;
    private final double[] v;

    private Plane(double[] normal, Point3 origin) {
        this.normal = normal;
        this.origin = origin;
        double[] helper = Math.abs(normal[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        this.u = V3.unit(V3.cross(helper, normal));
        this.v = V3.cross(normal, u);
    }

    /** The plane of a ring, or null when the ring has no area (all points on a line). */
    static Plane of(List<Point3> ring) {
        double nx = 0;
        double ny = 0;
        double nz = 0;
        double cx = 0;
        double cy = 0;
        double cz = 0;
        int n = ring.size();
        Point3 ref = ring.get(0);
        for (int i = 0; i < n; i++) {
            Point3 a = ring.get(i);
            Point3 b = ring.get((i + 1) % n);
            double ax = a.x() - ref.x();
            double ay = a.y() - ref.y();
            double az = a.z() - ref.z();
            double bx = b.x() - ref.x();
            double by = b.y() - ref.y();
            double bz = b.z() - ref.z();
            nx += (ay - by) * (az + bz);
            ny += (az - bz) * (ax + bx);
            nz += (ax - bx) * (ay + by);
            cx += ax;
            cy += ay;
            cz += az;
        }
        double[] normal = {nx, ny, nz};
        if (V3.length(normal) < 1e-12) {
            return null;
        }
        return new Plane(V3.unit(normal), new Point3(ref.x() + cx / n, ref.y() + cy / n, ref.z() + cz / n));
    }

    double distance(Point3 p) {
        return V3.dot(V3.sub(p, origin), normal);
    }

    Coordinate project(Point3 p) {
        double[] d = V3.sub(p, origin);
        return new Coordinate(V3.dot(d, u), V3.dot(d, v));
    }
}
