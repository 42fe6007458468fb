package org.strata.geo.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Shell;

/**
 * Reads one shell from the text of a TetGen {@code .poly}, an {@code .off} or an {@code .obj} file: vertices
 * and faces by vertex index (.poly faces may have inner rings).
 */
public final class ShellReaders {
    private ShellReaders() {}

    /** Runs a reader, turning a geometry the model refuses (a face without a ring, a non-finite point) into a refusal. */
    private static Shell refusingBadGeometry(java.util.function.Supplier<Shell> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            throw new SolidFormatException("901: " + e.getMessage());
        }
    }

    /** Reads by the file name's ending. */
    public static Shell read(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".poly")) {
            return poly(text);
        }
        if (name.endsWith(".off")) {
            return off(text);
        }
        if (name.endsWith(".obj")) {
            return obj(text);
        }
        throw new SolidFormatException(
                "904: format of " + fileName + " is not supported (.poly, .off, .obj, CityJSON)");
    }

    /** TetGen .poly: {@code N 3 0 0}, N vertex lines, {@code F 0}, then per facet {@code P H} and P index lines. */
    public static Shell poly(String text) {
        return refusingBadGeometry(() -> polyShell(text));
    }

    private static Shell polyShell(String text) {
        Tokens t = new Tokens(text);
        int vertices = t.nextInt("vertex count");
        t.skipLine();
        List<Point3> points = new ArrayList<>();
        int firstIndex = -1;
        for (int i = 0; i < vertices; i++) {
            int index = t.nextInt("vertex index");
            if (i == 0) {
                firstIndex = index;
            }
            points.add(new Point3(t.nextDouble(), t.nextDouble(), t.nextDouble()));
            t.skipLine();
        }
        int facets = t.nextInt("facet count");
        t.skipLine();
        List<Face> faces = new ArrayList<>();
        // a file whose facet count is short of the facets it lists is read to its last facet: a facet starts with a
        // line of two numbers, the volume-hole and region sections with a line of one
        for (int f = 0; f < facets || t.nextLineHasTokens(2); f++) {
            int polygons = t.nextInt("polygon count");
            int holes = t.nextInt("hole count");
            t.skipLine();
            List<List<Point3>> rings = new ArrayList<>();
            for (int p = 0; p < polygons; p++) {
                int n = t.nextInt("ring length");
                List<Point3> ring = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    ring.add(vertex(points, t.nextInt("vertex reference") - firstIndex));
                }
                t.skipLine();
                rings.add(ring);
            }
            for (int h = 0; h < holes; h++) {
                t.skipLine();
            }
            faces.add(new Face(rings));
        }
        return new Shell(faces);
    }

    /** OFF: {@code OFF}, {@code V F E}, V vertex lines, F face lines {@code n v1 ... vn}. */
    public static Shell off(String text) {
        return refusingBadGeometry(() -> offShell(text));
    }

    private static Shell offShell(String text) {
        Tokens t = new Tokens(text);
        String magic = t.next("OFF header");
        if (!magic.equalsIgnoreCase("OFF")) {
            throw new SolidFormatException("901: the file does not start with OFF");
        }
        int vertices = t.nextInt("vertex count");
        int faceCount = t.nextInt("face count");
        t.skipLine();
        List<Point3> points = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            points.add(new Point3(t.nextDouble(), t.nextDouble(), t.nextDouble()));
            t.skipLine();
        }
        List<Face> faces = new ArrayList<>();
        for (int f = 0; f < faceCount; f++) {
            int n = t.nextInt("face size");
            List<Point3> ring = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                ring.add(vertex(points, t.nextInt("vertex reference")));
            }
            t.skipLine();
            faces.add(new Face(List.of(ring)));
        }
        return new Shell(faces);
    }

    /** OBJ: {@code v x y z} and {@code f i j k ...} lines, 1-based, {@code i/t/n} forms accepted. */
    public static Shell obj(String text) {
        return refusingBadGeometry(() -> objShell(text));
    }

    private static Shell objShell(String text) {
        List<Point3> points = new ArrayList<>();
        List<Face> faces = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            String[] parts = line.split("\\s+");
            if (parts[0].equals("v") && parts.length >= 4) {
                points.add(new Point3(number(parts[1]), number(parts[2]), number(parts[3])));
            } else if (parts[0].equals("f")) {
                List<Point3> ring = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    int index = (int) number(parts[i].split("/", -1)[0]);
                    ring.add(vertex(points, index < 0 ? points.size() + index : index - 1));
                }
                faces.add(new Face(List.of(ring)));
            }
        }
        return new Shell(faces);
    }

    private static Point3 vertex(List<Point3> points, int index) {
        if (index < 0 || index >= points.size()) {
            throw new SolidFormatException("901: a face refers to vertex " + index + ", which does not exist");
        }
        return points.get(index);
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new SolidFormatException("901: '" + text + "' is not a number");
        }
    }

    /** Whitespace-separated tokens, with {@code #} comments, line-aware. */
    private static final class Tokens {
        private final List<String[]> lines = new ArrayList<>();
        private int line;
        private int column;

        Tokens(String text) {
            for (String raw : text.split("\n")) {
                String content = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
                String trimmed = content.trim();
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed.split("\\s+"));
                }
            }
        }

        String next(String what) {
            while (line < lines.size() && column >= lines.get(line).length) {
                line++;
                column = 0;
            }
            if (line >= lines.size()) {
                throw new SolidFormatException("901: the file ends before the " + what);
            }
            return lines.get(line)[column++];
        }

        int nextInt(String what) {
            String token = next(what);
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw new SolidFormatException("901: " + what + " '" + token + "' is not a whole number");
            }
        }

        double nextDouble() {
            return number(next("coordinate"));
        }

        boolean nextLineHasTokens(int count) {
            int next = line + (column > 0 ? 1 : 0);
            return next < lines.size() && lines.get(next).length == count;
        }

        void skipLine() {
            if (column > 0) {
                line++;
                column = 0;
            } else if (line < lines.size()) {
                line++;
            }
        }
    }
}
