package org.strata.geo.op.validity;

import org.strata.geo.model.Point3;

/** Small vector arithmetic on points, for the validity checks. */
final class V3 {
    private V3() {}

    static double[] sub(Point3 a, Point3 b) {
        return new double[] {a.x() - b.x(), a.y() - b.y(), a.z() - b.z()};
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double length(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double[] unit(double[] a) {
        double l = length(a);
        return l == 0 ? new double[] {0, 0, 0} : new double[] {a[0] / l, a[1] / l, a[2] / l};
    }

    static double distance(Point3 a, Point3 b) {
        return length(sub(a, b));
    }

    /** The angle between two unit vectors, degrees. */
    static double angleDegrees(double[] a, double[] b) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot(a, b)))));
    }
}
