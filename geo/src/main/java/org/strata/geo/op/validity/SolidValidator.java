package org.strata.geo.op.validity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Shell;
import org.strata.geo.model.Solid;

/**
 * Validates polyhedral solids as val3dity does, with its error numbers and default tolerances (snap 0.001,
 * planarity 0.01, normals 20°): rings (101-104), then polygons (201-208), then shells (301-307), then the solid
 * (401-405); composite solids (501-503) and building parts (601) on top. A level is checked only when the level
 * below passed, so each report names the lowest level's errors.
 */
public final class SolidValidator {
    /** Vertices closer than this are the same vertex, metres. */
    public static final double SNAP_TOLERANCE = 0.001;
    /** A face's points may lie this far from its plane, metres. */
    public static final double PLANARITY_TOLERANCE = 0.01;
    /** A face's parts may turn this far from its plane, degrees. */
    public static final double NORMALS_TOLERANCE_DEGREES = 20;

    private SolidValidator() {}

    /** The errors of one solid (empty when valid). */
    public static List<ValidityError> validate(Solid solid) {
        return new Checked(solid).errors;
    }

    /** The errors of a composite solid: each member valid, no two sharing interior or duplicated, all connected. */
    public static List<ValidityError> validateComposite(List<Solid> members) {
        List<Checked> checked = members.stream().map(Checked::new).toList();
        List<ValidityError> errors = memberErrors(checked);
        if (!errors.isEmpty()) {
            return errors;
        }
        for (int i = 0; i < checked.size(); i++) {
            for (int j = i + 1; j < checked.size(); j++) {
                if (checked.get(i).vertexSet().equals(checked.get(j).vertexSet())) {
                    return List.of(new ValidityError(502, "solids " + i + " and " + j, "the two solids are the same"));
                }
            }
        }
        for (int i = 0; i < checked.size(); i++) {
            for (int j = i + 1; j < checked.size(); j++) {
                if (interiorsIntersect(checked.get(i), checked.get(j))) {
                    return List.of(
                            new ValidityError(501, "solids " + i + " and " + j, "the solids' interiors intersect"));
                }
            }
        }
        if (!connected(checked)) {
            return List.of(new ValidityError(503, "composite", "a solid shares no face with the others"));
        }
        return List.of();
    }

    /** The errors of a multi-solid: each member valid on its own. */
    public static List<ValidityError> validateMultiSolid(List<Solid> members) {
        return memberErrors(members.stream().map(Checked::new).toList());
    }

    /** The errors of a building's parts: each valid, and no two sharing interior (601). */
    public static List<ValidityError> validateBuildingParts(List<Solid> parts) {
        List<Checked> checked = parts.stream().map(Checked::new).toList();
        List<ValidityError> errors = memberErrors(checked);
        if (!errors.isEmpty()) {
            return errors;
        }
        for (int i = 0; i < checked.size(); i++) {
            for (int j = i + 1; j < checked.size(); j++) {
                if (interiorsIntersect(checked.get(i), checked.get(j))) {
                    return List.of(new ValidityError(
                            601, "building parts " + i + " and " + j, "the building parts' interiors intersect"));
                }
            }
        }
        return List.of();
    }

    private static List<ValidityError> memberErrors(List<Checked> checked) {
        List<ValidityError> errors = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            for (ValidityError e : checked.get(i).errors) {
                errors.add(new ValidityError(e.code(), "solid " + i + ", " + e.where(), e.message()));
            }
        }
        return errors;
    }

    private static boolean interiorsIntersect(Checked a, Checked b) {
        for (Triangle t : a.outerTriangles) {
            for (Triangle s : b.outerTriangles) {
                Contact c = Contact.of(t, s);
                // faces of two solids lying on each other point opposite ways where the solids only touch; the same
                // way where one solid reaches into the other
                if (c == Contact.CROSSING || (c == Contact.COPLANAR_OVERLAP && V3.dot(t.normal(), s.normal()) > 0)) {
                    return true;
                }
            }
        }
        return anyInside(a.outerTriangles, b.outerTriangles) || anyInside(b.outerTriangles, a.outerTriangles);
    }

    private static boolean anyInside(List<Triangle> of, List<Triangle> in) {
        for (Triangle t : of) {
            for (int i = 0; i < 3; i++) {
                if (ShellGeometry.locate(t.corner(i), in) == ShellGeometry.Where.INSIDE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean connected(List<Checked> members) {
        Set<Integer> reached = new HashSet<>(List.of(0));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < members.size(); i++) {
                if (reached.contains(i)) {
                    continue;
                }
                for (int j : new ArrayList<>(reached)) {
                    if (shareAFace(members.get(i), members.get(j))) {
                        reached.add(i);
                        grew = true;
                        break;
                    }
                }
            }
        }
        return reached.size() == members.size();
    }

    private static boolean shareAFace(Checked a, Checked b) {
        for (Triangle t : a.outerTriangles) {
            for (Triangle s : b.outerTriangles) {
                if (Contact.of(t, s) == Contact.COPLANAR_OVERLAP) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One solid checked level by level, keeping its triangles for the checks between solids. */
    private static final class Checked {
        final List<ValidityError> errors;
        final List<Triangle> outerTriangles = new ArrayList<>();
        private final Snapper snap = new Snapper(SNAP_TOLERANCE);
        private final List<List<List<List<Integer>>>> shells = new ArrayList<>();

        Checked(Solid solid) {
            for (Shell shell : solid.shells()) {
                List<List<List<Integer>>> faces = new ArrayList<>();
                for (Face face : shell.faces()) {
                    faces.add(face.rings().stream()
                            .map(r -> r.stream().map(snap::id).toList())
                            .toList());
                }
                shells.add(faces);
            }
            errors = run();
        }

        Set<Integer> vertexSet() {
            Set<Integer> ids = new HashSet<>();
            shells.get(0).forEach(f -> f.forEach(ids::addAll));
            Set<Integer> rounded = new HashSet<>();
            for (int id : ids) {
                Point3 p = snap.point(id);
                rounded.add(java.util.Objects.hash(
                        Math.round(p.x() / SNAP_TOLERANCE),
                        Math.round(p.y() / SNAP_TOLERANCE),
                        Math.round(p.z() / SNAP_TOLERANCE)));
            }
            return rounded;
        }

        private List<ValidityError> run() {
            List<ValidityError> found = new ArrayList<>();
            forEachFace((faces, f, where) -> found.addAll(FaceChecks.rings(faces.get(f), snap, where)));
            if (!found.isEmpty()) {
                return found;
            }
            forEachFace((faces, f, where) -> found.addAll(
                    FaceChecks.polygon(faces.get(f), snap, where, PLANARITY_TOLERANCE, NORMALS_TOLERANCE_DEGREES)));
            if (!found.isEmpty()) {
                return found;
            }
            List<List<Triangle>> triangles = new ArrayList<>();
            for (int s = 0; s < shells.size(); s++) {
                List<Triangle> shellTriangles = new ArrayList<>();
                List<List<List<Integer>>> faces = shells.get(s);
                for (int f = 0; f < faces.size(); f++) {
                    shellTriangles.addAll(FaceChecks.triangulate(faces.get(f), snap, f));
                }
                triangles.add(shellTriangles);
                found.addAll(ShellChecks.check(faces, shellTriangles, "shell " + s));
            }
            if (!found.isEmpty()) {
                return found;
            }
            outerTriangles.addAll(triangles.get(0));
            return SolidChecks.check(shells, triangles);
        }

        private void forEachFace(FaceVisitor visitor) {
            for (int s = 0; s < shells.size(); s++) {
                for (int f = 0; f < shells.get(s).size(); f++) {
                    visitor.visit(shells.get(s), f, "shell " + s + ", face " + f);
                }
            }
        }
    }

    /** Visits a face of a shell. */
    @FunctionalInterface
    private interface FaceVisitor {
        void visit(List<List<List<Integer>>> faces, int face, String where);
    }
}
