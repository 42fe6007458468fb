package org.strata.geo.op.validity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The solid checks (401-405) on shells that passed the shell checks: outer shell facing out and inner shells
 * facing in, no duplicated shells, no shells crossing or sharing a face, no cavity touching the outer shell
 * along an edge (which cuts the interior in two), no cavity outside the outer shell.
 */
final class SolidChecks {
    private SolidChecks() {}

    static List<ValidityError> check(List<List<List<List<Integer>>>> shells, List<List<Triangle>> triangles) {
        for (int s = 0; s < triangles.size(); s++) {
            double volume = ShellGeometry.signedVolume(triangles.get(s));
            if (s == 0 ? volume < 0 : volume > 0) {
                return List.of(new ValidityError(
                        405,
                        "shell " + s,
                        s == 0 ? "the outer shell's faces point inwards" : "the inner shell's faces point outwards"));
            }
        }
        for (int a = 0; a < shells.size(); a++) {
            for (int b = a + 1; b < shells.size(); b++) {
                if (vertices(shells.get(a)).equals(vertices(shells.get(b)))) {
                    return List.of(new ValidityError(402, "shells " + a + " and " + b, "the two shells are the same"));
                }
            }
        }
        for (int a = 0; a < triangles.size(); a++) {
            for (int b = a + 1; b < triangles.size(); b++) {
                Contact worst = worstContact(triangles.get(a), triangles.get(b));
                if (worst == Contact.CROSSING || worst == Contact.COPLANAR_OVERLAP) {
                    return List.of(new ValidityError(
                            401,
                            "shells " + a + " and " + b,
                            "the shells intersect (" + worst.name().toLowerCase(java.util.Locale.ROOT) + ")"));
                }
                if (a == 0 && worst == Contact.EDGE) {
                    return List.of(new ValidityError(
                            404,
                            "shells 0 and " + b,
                            "the inner shell touches the outer shell along an edge: the interior is cut apart"));
                }
            }
        }
        for (int s = 1; s < triangles.size(); s++) {
            for (Triangle t : triangles.get(s)) {
                if (ShellGeometry.locate(t.a(), triangles.get(0)) == ShellGeometry.Where.OUTSIDE) {
                    return List.of(
                            new ValidityError(403, "shell " + s, "the inner shell lies outside the outer shell"));
                }
            }
        }
        return List.of();
    }

    private static Contact worstContact(List<Triangle> a, List<Triangle> b) {
        Contact worst = Contact.NONE;
        for (Triangle t : a) {
            for (Triangle s : b) {
                Contact c = Contact.of(t, s);
                if (c.ordinal() > worst.ordinal()) {
                    worst = c;
                }
            }
        }
        return worst;
    }

    private static Set<Integer> vertices(List<List<List<Integer>>> faces) {
        Set<Integer> ids = new HashSet<>();
        faces.forEach(f -> f.forEach(ids::addAll));
        return ids;
    }
}
