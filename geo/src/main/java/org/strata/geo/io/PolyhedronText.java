package org.strata.geo.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Shell;

/**
 * A compact text form of a polyhedron for storage: parts separated by {@code |}, faces by {@code ;}, a face's rings
 * (outer first, then its holes) by {@code /}, points by {@code ,}, coordinates by spaces (x easting, y northing,
 * z height, metres). Text written before holes were kept has no {@code /} and reads the same.
 */
public final class PolyhedronText {
    private PolyhedronText() {}

    /** The text of a polyhedron. */
    public static String write(Polyhedron polyhedron) {
        List<String> parts = new ArrayList<>();
        for (Shell shell : polyhedron.parts()) {
            List<String> faces = new ArrayList<>();
            for (Face face : shell.faces()) {
                List<String> rings = new ArrayList<>();
                for (List<Point3> ring : face.rings()) {
                    List<String> points = new ArrayList<>();
                    for (Point3 p : ring) {
                        points.add(String.format(Locale.ROOT, "%s %s %s", p.x(), p.y(), p.z()));
                    }
                    rings.add(String.join(",", points));
                }
                faces.add(String.join("/", rings));
            }
            parts.add(String.join(";", faces));
        }
        return String.join("|", parts);
    }

    /** Reads the text written by {@link #write}. */
    public static Polyhedron read(String text) {
        List<Shell> shells = new ArrayList<>();
        for (String part : text.split("\\|")) {
            List<Face> faces = new ArrayList<>();
            for (String face : part.split(";")) {
                List<List<Point3>> rings = new ArrayList<>();
                for (String ringText : face.split("/")) {
                    List<Point3> ring = new ArrayList<>();
                    for (String point : ringText.split(",")) {
                        String[] xyz = point.trim().split(" ");
                        ring.add(new Point3(
                                Double.parseDouble(xyz[0]), Double.parseDouble(xyz[1]), Double.parseDouble(xyz[2])));
                    }
                    rings.add(ring);
                }
                faces.add(new Face(rings));
            }
            shells.add(new Shell(faces));
        }
        return new Polyhedron(shells);
    }
}
