package org.strata.geo.op;

import java.util.ArrayList;
import java.util.List;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Shell;

/**
 * Convex polyhedra as lists of planar faces, clipped by half-spaces: the intersection of two convex volumes is
 * one of them clipped by every face plane of the other. Touching (a shared face, edge or vertex) clips down to
 * nothing, so its volume is zero.
 */
final class ConvexClip {
    private static final double EPS = 1e-9;

    private ConvexClip() {}

    /** The faces of a convex shell as point lists (outer rings only). */
    static List<List<Point3>> faces(Shell shell) {
        List<List<Point3>> out = new ArrayList<>();
        for (Face f : shell.faces()) {
            out.add(new ArrayList<>(f.outer()));
        }
        return out;
    }

    /** The volume of {@code a ∩ b} for convex {@code a} and {@code b}, cubic metres. */
    static double intersectionVolume(List<List<Point3>> a, List<List<Point3>> b) {
        List<List<Point3>> clipped = a;
        for (List<Point3> face : b) {
            double[] n = normal(face);
            if (n == null) {
                continue;
            }
            clipped = clip(clipped, n, dot(n, face.get(0)));
            if (clipped.isEmpty()) {
                return 0;
            }
        }
        return Math.max(0, volume(clipped));
    }

    /** Whether a point lies in a convex polyhedron, boundary included within {@code tolerance}. */
    static boolean contains(List<List<Point3>> faces, Point3 p, double tolerance) {
        for (List<Point3> face : faces) {
            double[] n = normal(face);
            if (n != null && dot(n, p) - dot(n, face.get(0)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** The volume of a closed polyhedron given by its outward faces. */
    static double volume(List<List<Point3>> faces) {
        if (faces.isEmpty()) {
            return 0;
        }
        Point3 o = faces.get(0).get(0);
        double sum = 0;
        for (List<Point3> f : faces) {
            for (int i = 1; i + 1 < f.size(); i++) {
                sum += tetra(o, f.get(0), f.get(i), f.get(i + 1));
            }
        }
        return sum / 6;
    }

    /** Keeps the part of the polyhedron where {@code n·p <= d}, closing the cut with a new face. */
    private static List<List<Point3>> clip(List<List<Point3>> faces, double[] n, double d) {
        List<List<Point3>> out = new ArrayList<>();
        List<Point3> cut = new ArrayList<>();
        boolean facesThePlane = false;
        for (List<Point3> face : faces) {
            double[] fn = normal(face);
            boolean onPlane = face.stream().allMatch(p -> Math.abs(dot(n, p) - d) <= EPS);
            if (onPlane && fn != null && dot3(fn, n) > 0) {
                // a face already lying on the cutting plane, facing the same way, is the cap itself
                facesThePlane = true;
            }
            List<Point3> kept = new ArrayList<>();
            for (int i = 0; i < face.size(); i++) {
                Point3 p = face.get(i);
                Point3 q = face.get((i + 1) % face.size());
                double dp = dot(n, p) - d;
                double dq = dot(n, q) - d;
                if (dp <= EPS) {
                    kept.add(p);
                }
                if ((dp < -EPS && dq > EPS) || (dp > EPS && dq < -EPS)) {
                    double f = dp / (dp - dq);
                    Point3 x = new Point3(
                            p.x() + (q.x() - p.x()) * f, p.y() + (q.y() - p.y()) * f, p.z() + (q.z() - p.z()) * f);
                    kept.add(x);
                    cut.add(x);
                } else if (Math.abs(dp) <= EPS) {
                    cut.add(p);
                }
            }
            if (kept.size() >= 3) {
                out.add(kept);
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        List<Point3> cap = orderAround(cut, n);
        if (cap.size() >= 3 && !facesThePlane) {
            out.add(cap);
        }
        return out;
    }

    /** Distinct points of a planar convex cap, ordered counter-clockwise about {@code n}. */
    private static List<Point3> orderAround(List<Point3> points, double[] n) {
        List<Point3> distinct = new ArrayList<>();
        for (Point3 p : points) {
            if (distinct.stream().noneMatch(q -> dist(p, q) <= 1e-7)) {
                distinct.add(p);
            }
        }
        if (distinct.size() < 3) {
            return distinct;
        }
        double cx = 0;
        double cy = 0;
        double cz = 0;
        for (Point3 p : distinct) {
            cx += p.x();
            cy += p.y();
            cz += p.z();
        }
        Point3 c = new Point3(cx / distinct.size(), cy / distinct.size(), cz / distinct.size());
        double[] u = unit(sub(distinct.get(0), c));
        double[] v = cross(n, u);
        distinct.sort((p, q) -> Double.compare(angle(p, c, u, v), angle(q, c, u, v)));
        return distinct;
    }

    private static double angle(Point3 p, Point3 c, double[] u, double[] v) {
        double[] d = sub(p, c);
        return Math.atan2(dot3(d, v), dot3(d, u));
    }

    private static double[] normal(List<Point3> face) {
        double nx = 0;
        double ny = 0;
        double nz = 0;
        for (int i = 0; i < face.size(); i++) {
            Point3 a = face.get(i);
            Point3 b = face.get((i + 1) % face.size());
            nx += (a.y() - b.y()) * (a.z() + b.z());
            ny += (a.z() - b.z()) * (a.x() + b.x());
            nz += (a.x() - b.x()) * (a.y() + b.y());
        }
        double l = Math.sqrt(nx * nx + ny * ny + nz * nz);
        return l < 1e-12 ? null : new double[] {nx / l, ny / l, nz / l};
    }

    private static double tetra(Point3 o, Point3 a, Point3 b, Point3 c) {
        double[] x = sub(a, o);
        double[] y = sub(b, o);
        double[] z = sub(c, o);
        return dot3(x, cross(y, z));
    }

    private static double dot(double[] n, Point3 p) {
        return n[0] * p.x() + n[1] * p.y() + n[2] * p.z();
    }

    private static double dot3(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] sub(Point3 a, Point3 b) {
        return new double[] {a.x() - b.x(), a.y() - b.y(), a.z() - b.z()};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] unit(double[] a) {
        double l = Math.sqrt(dot3(a, a));
        return new double[] {a[0] / l, a[1] / l, a[2] / l};
    }

    private static double dist(Point3 a, Point3 b) {
        double[] d = sub(a, b);
        return Math.sqrt(dot3(d, d));
    }
}
