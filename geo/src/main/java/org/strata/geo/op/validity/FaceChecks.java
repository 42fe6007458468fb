package org.strata.geo.op.validity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsSimpleOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.jts.triangulate.polygon.ConstrainedDelaunayTriangulator;
import org.strata.geo.model.Point3;

/**
 * The ring (101-104) and polygon (201-208) checks of one face, on its snapped vertices, and its triangulation
 * for the shell checks. A level is checked only when the one below passed.
 */
final class FaceChecks {
    private static final GeometryFactory GF = new GeometryFactory();

    private FaceChecks() {}

    /** Errors of the face's rings. */
    static List<ValidityError> rings(List<List<Integer>> rings, Snapper snap, String where) {
        List<ValidityError> errors = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            List<Integer> ring = rings.get(r);
            String at = where + (r == 0 ? ", outer ring" : ", inner ring " + r);
            if (new HashSet<>(ring).size() < 3) {
                errors.add(new ValidityError(101, at, "the ring has fewer than 3 distinct points"));
                continue;
            }
            boolean repeated = false;
            for (int i = 0; i < ring.size(); i++) {
                repeated |= ring.get(i).equals(ring.get((i + 1) % ring.size()));
            }
            if (repeated) {
                errors.add(
                        new ValidityError(102, at, "two consecutive points are the same (within the snap tolerance)"));
                continue;
            }
            List<Point3> points = ring.stream().map(snap::point).toList();
            Plane plane = Plane.of(points);
            if (plane == null || !IsSimpleOp.isSimple(ring2d(points, plane)) || foldsOntoItself(points, plane)) {
                errors.add(new ValidityError(104, at, "the ring intersects itself"));
            }
        }
        return errors;
    }

    /** Errors of the face as a polygon; call only when its rings are valid. */
    static List<ValidityError> polygon(
            List<List<Integer>> rings, Snapper snap, String where, double planarity, double normalsDegrees) {
        List<List<Point3>> points =
                rings.stream().map(r -> r.stream().map(snap::point).toList()).toList();
        Plane plane = Plane.of(points.get(0));
        for (List<Point3> ring : points) {
            for (Point3 p : ring) {
                if (Math.abs(plane.distance(p)) > planarity) {
                    return List.of(new ValidityError(
                            203,
                            where,
                            "a point lies " + round(Math.abs(plane.distance(p))) + " from the face's plane, more than "
                                    + planarity));
                }
            }
        }
        if (rings.size() > 1) {
            Set<Set<Integer>> seen = new HashSet<>();
            for (List<Integer> ring : rings) {
                if (!seen.add(new HashSet<>(ring))) {
                    return List.of(new ValidityError(202, where, "two rings of the face are the same"));
                }
            }
        }
        Polygon polygon = polygon2d(points, plane);
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            int code =
                    switch (error.getErrorType()) {
                        case TopologyValidationError.HOLE_OUTSIDE_SHELL -> 206;
                        case TopologyValidationError.NESTED_HOLES -> 207;
                        case TopologyValidationError.DISCONNECTED_INTERIOR -> 205;
                        case TopologyValidationError.RING_SELF_INTERSECTION -> 104;
                        default -> 201;
                    };
            return List.of(new ValidityError(code, where, error.getMessage() + " (in the face's plane)"));
        }
        double outerArea = signedArea(polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            if (Math.signum(signedArea(polygon.getInteriorRingN(i).getCoordinates())) == Math.signum(outerArea)) {
                return List.of(new ValidityError(
                        208, where, "inner ring " + (i + 1) + " turns the same way as the outer ring"));
            }
        }
        for (Triangle t : triangulate(rings, snap, -1)) {
            double[] n = V3.unit(t.normal());
            if (V3.length(t.normal()) > 1e-12 && V3.angleDegrees(n, plane.normal) > normalsDegrees) {
                return List.of(new ValidityError(
                        204,
                        where,
                        "part of the face deviates " + round(V3.angleDegrees(n, plane.normal))
                                + "° from its plane, more than " + normalsDegrees + "°"));
            }
        }
        return List.of();
    }

    /** The face cut into triangles on its own vertices, oriented like its outer ring. */
    static List<Triangle> triangulate(List<List<Integer>> rings, Snapper snap, int face) {
        List<List<Point3>> points =
                rings.stream().map(r -> r.stream().map(snap::point).toList()).toList();
        Plane plane = Plane.of(points.get(0));
        if (plane == null) {
            return List.of();
        }
        Map<Coordinate, Integer> ids = new HashMap<>();
        for (List<Integer> ring : rings) {
            for (int id : ring) {
                ids.put(plane.project(snap.point(id)), id);
            }
        }
        Geometry triangles;
        try {
            triangles = ConstrainedDelaunayTriangulator.triangulate(polygon2d(points, plane));
        } catch (RuntimeException e) {
            return List.of();
        }
        List<Triangle> out = new ArrayList<>();
        for (int i = 0; i < triangles.getNumGeometries(); i++) {
            Coordinate[] c = triangles.getGeometryN(i).getCoordinates();
            Integer a = ids.get(c[0]);
            Integer b = ids.get(c[1]);
            Integer d = ids.get(c[2]);
            if (a == null || b == null || d == null) {
                continue;
            }
            Triangle t = new Triangle(snap.point(a), snap.point(b), snap.point(d), a, b, d, face);
            if (V3.dot(t.normal(), plane.normal) < 0) {
                t = new Triangle(snap.point(a), snap.point(d), snap.point(b), a, d, b, face);
            }
            out.add(t);
        }
        return out;
    }

    /** Whether two different vertices of the ring fall on the same spot of its plane (a fold). */
    private static boolean foldsOntoItself(List<Point3> ring, Plane plane) {
        for (int i = 0; i < ring.size(); i++) {
            Coordinate a = plane.project(ring.get(i));
            for (int j = i + 1; j < ring.size(); j++) {
                if (a.distance(plane.project(ring.get(j))) <= SolidValidator.SNAP_TOLERANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LinearRing ring2d(List<Point3> ring, Plane plane) {
        Coordinate[] c = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            c[i] = plane.project(ring.get(i));
        }
        c[ring.size()] = c[0];
        return GF.createLinearRing(c);
    }

    private static Polygon polygon2d(List<List<Point3>> rings, Plane plane) {
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring2d(rings.get(i), plane);
        }
        return GF.createPolygon(ring2d(rings.get(0), plane), holes);
    }

    private static double signedArea(Coordinate[] ring) {
        double sum = 0;
        for (int i = 0; i < ring.length - 1; i++) {
            sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
        }
        return sum / 2;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
