package org.strata.geo.op.validity;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.geo.model.Point3;

/** How two triangles meet: not at all, at a point, along a segment, crossing, or overlapping in a shared plane. */
enum Contact {
    NONE,
    POINT,
    EDGE,
    CROSSING,
    COPLANAR_OVERLAP;

    private static final double EPS = 1e-8;
    private static final GeometryFactory GF = new GeometryFactory();

    static Contact of(Triangle t, Triangle s) {
        if (!t.boxesTouch(s, EPS)) {
            return NONE;
        }
        double[] nt = V3.unit(t.normal());
        double[] ns = V3.unit(s.normal());
        double[] ds = distances(s, t.a(), nt);
        double[] dt = distances(t, s.a(), ns);
        if (onPlane(ds) == 3 || onPlane(dt) == 3) {
            return coplanar(t, s, nt);
        }
        if (sameSide(ds) || sameSide(dt)) {
            return NONE;
        }
        double[] line = V3.cross(nt, ns);
        double[] it = interval(t, dt, line);
        double[] is = interval(s, ds, line);
        double overlap = Math.min(it[1], is[1]) - Math.max(it[0], is[0]);
        if (overlap < -EPS) {
            return NONE;
        }
        if (overlap <= EPS) {
            return POINT;
        }
        return onPlane(dt) == 2 || onPlane(ds) == 2 ? EDGE : CROSSING;
    }

    private static double[] distances(Triangle tri, Point3 origin, double[] normal) {
        return new double[] {
            V3.dot(V3.sub(tri.a(), origin), normal),
            V3.dot(V3.sub(tri.b(), origin), normal),
            V3.dot(V3.sub(tri.c(), origin), normal)
        };
    }

    private static int onPlane(double[] d) {
        int n = 0;
        for (double v : d) {
            n += Math.abs(v) <= EPS ? 1 : 0;
        }
        return n;
    }

    private static boolean sameSide(double[] d) {
        return (d[0] > EPS && d[1] > EPS && d[2] > EPS) || (d[0] < -EPS && d[1] < -EPS && d[2] < -EPS);
    }

    /** Where a triangle meets the other's plane, as an interval along the planes' common line. */
    private static double[] interval(Triangle tri, double[] d, double[] line) {
        List<Point3> points = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Point3 p = tri.corner(i);
            Point3 q = tri.corner((i + 1) % 3);
            double dp = d[i];
            double dq = d[(i + 1) % 3];
            if (Math.abs(dp) <= EPS) {
                points.add(p);
            }
            if ((dp > EPS && dq < -EPS) || (dp < -EPS && dq > EPS)) {
                double f = dp / (dp - dq);
                points.add(new Point3(
                        p.x() + (q.x() - p.x()) * f, p.y() + (q.y() - p.y()) * f, p.z() + (q.z() - p.z()) * f));
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        Point3 origin = tri.a();
        for (Point3 p : points) {
            double v =
                    V3.dot(V3.sub(p, origin), line) + V3.dot(new double[] {origin.x(), origin.y(), origin.z()}, line);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new double[] {min, max};
    }

    private static Contact coplanar(Triangle t, Triangle s, double[] normal) {
        Plane plane = Plane.of(List.of(t.a(), t.b(), t.c()));
        if (plane == null) {
            return NONE;
        }
        Geometry a = triangle2d(t, plane);
        Geometry b = triangle2d(s, plane);
        if (!a.intersects(b)) {
            return NONE;
        }
        Geometry shared = a.intersection(b);
        if (shared.getArea() > EPS * Math.max(a.getArea(), 1e-12) && shared.getArea() > 1e-12) {
            return COPLANAR_OVERLAP;
        }
        return shared.getLength() > EPS ? EDGE : POINT;
    }

    private static Geometry triangle2d(Triangle t, Plane plane) {
        Coordinate a = plane.project(t.a());
        Coordinate b = plane.project(t.b());
        Coordinate c = plane.project(t.c());
        return GF.createPolygon(new Coordinate[] {a, b, c, a});
    }
}
