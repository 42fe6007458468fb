package org.strata.geo.op.validity;

import java.util.List;
import org.strata.geo.model.Point3;

/** Measures of a triangulated shell: signed volume and where a point lies relative to it. */
final class ShellGeometry {
    private static final double EPS = 1e-9;
    private static final double[] RAY = V3.unit(new double[] {0.5773502691, 0.5783502691, 0.5753502691});

    private ShellGeometry() {}

    /** Where a point lies. */
    enum Where {
        INSIDE,
        OUTSIDE,
        BOUNDARY
    }

    /** The signed volume: positive when the faces point outwards. */
    static double signedVolume(List<Triangle> triangles) {
        if (triangles.isEmpty()) {
            return 0;
        }
        Point3 o = triangles.get(0).a();
        double sum = 0;
        for (Triangle t : triangles) {
            sum += V3.dot(V3.sub(t.a(), o), V3.cross(V3.sub(t.b(), o), V3.sub(t.c(), o)));
        }
        return sum / 6;
    }

    /** Where a point lies relative to a closed shell, by counting crossings of a ray. */
    static Where locate(Point3 p, List<Triangle> triangles) {
        int crossings = 0;
        for (Triangle t : triangles) {
            double[] n = V3.unit(t.normal());
            double distance = V3.dot(V3.sub(p, t.a()), n);
            if (Math.abs(distance) <= EPS && inside(p, t, n)) {
                return Where.BOUNDARY;
            }
            double[] e1 = V3.sub(t.b(), t.a());
            double[] e2 = V3.sub(t.c(), t.a());
            double[] h = V3.cross(RAY, e2);
            double det = V3.dot(e1, h);
            if (Math.abs(det) < 1e-15) {
                continue;
            }
            double[] s = V3.sub(p, t.a());
            double u = V3.dot(s, h) / det;
            double[] q = V3.cross(s, e1);
            double v = V3.dot(RAY, q) / det;
            double along = V3.dot(e2, q) / det;
            if (u >= 0 && v >= 0 && u + v <= 1 && along > EPS) {
                crossings++;
            }
        }
        return crossings % 2 == 1 ? Where.INSIDE : Where.OUTSIDE;
    }

    private static boolean inside(Point3 p, Triangle t, double[] n) {
        return side(t.a(), t.b(), p, n) >= -EPS && side(t.b(), t.c(), p, n) >= -EPS && side(t.c(), t.a(), p, n) >= -EPS;
    }

    private static double side(Point3 a, Point3 b, Point3 p, double[] n) {
        return V3.dot(V3.cross(V3.sub(b, a), V3.sub(p, a)), n);
    }
}
