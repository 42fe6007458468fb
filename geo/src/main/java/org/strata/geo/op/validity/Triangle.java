package org.strata.geo.op.validity;

import org.strata.geo.model.Point3;

/**
 * A triangle of a triangulated face, with the snapped vertex ids of its corners and the face it came from.
 *
 * @param a first corner
 * @param b second corner
 * @param c third corner
 * @param ia id of a
 * @param ib id of b
 * @param ic id of c
 * @param face index of the face in its shell
 */
record Triangle(Point3 a, Point3 b, Point3 c, int ia, int ib, int ic, int face) {
    double[] normal() {
        return V3.cross(V3.sub(b, a), V3.sub(c, a));
    }

    Point3 corner(int i) {
        return i == 0 ? a : i == 1 ? b : c;
    }

    int id(int i) {
        return i == 0 ? ia : i == 1 ? ib : ic;
    }

    boolean hasVertex(int id) {
        return ia == id || ib == id || ic == id;
    }

    int sharedVertices(Triangle o) {
        int n = 0;
        for (int i = 0; i < 3; i++) {
            if (o.hasVertex(id(i))) {
                n++;
            }
        }
        return n;
    }

    double[] min() {
        return new double[] {
            Math.min(a.x(), Math.min(b.x(), c.x())),
            Math.min(a.y(), Math.min(b.y(), c.y())),
            Math.min(a.z(), Math.min(b.z(), c.z()))
        };
    }

    double[] max() {
        return new double[] {
            Math.max(a.x(), Math.max(b.x(), c.x())),
            Math.max(a.y(), Math.max(b.y(), c.y())),
            Math.max(a.z(), Math.max(b.z(), c.z()))
        };
    }

    boolean boxesTouch(Triangle o, double tolerance) {
        double[] mn = min();
        double[] mx = max();
        double[] omn = o.min();
        double[] omx = o.max();
        for (int i = 0; i < 3; i++) {
            if (mn[i] > omx[i] + tolerance || omn[i] > mx[i] + tolerance) {
                return false;
            }
        }
        return true;
    }
}
