package org.strata.geo.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.crs.AxisOrder;
import org.strata.geo.model.Face;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Shell;
import org.strata.geo.model.SteppedPrism;
import org.strata.geo.model.Volume;

/**
 * JSON-FG {@code place} geometries in EPSG:4549 — {@code Prism}, {@code MultiPrism}, {@code Polyhedron},
 * {@code MultiPolyhedron} — read from and written to plain JSON trees (maps, lists, numbers), positions in the CRS's
 * authority order [northing, easting(, height)], metres to the millimetre, heights in the 1985 datum. Rings are
 * written closed; every ring of every face is kept.
 */
public final class JsonFg {
    private static final double METRE_STEP = 1e3;
    private static final AxisOrder ORDER = AxisOrder.NORTH_EAST;

    private JsonFg() {}

    /**
     * The {@code place} of a volume: a Prism, a MultiPrism of a stepped prism's parts, or a MultiPolyhedron.
     *
     * @return null when a prism is open above (JSON-FG prisms have an upper bound)
     */
    public static Map<String, Object> place(Volume volume) {
        if (volume instanceof Polyhedron p) {
            return multiPolyhedron(p);
        }
        if (volume instanceof SteppedPrism s) {
            if (s.parts().stream().anyMatch(p -> p.heights().topOrNull() == null)) {
                return null;
            }
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("type", "MultiPrism");
            place.put("prisms", s.parts().stream().map(JsonFg::prism).toList());
            return place;
        }
        Prism prism = (Prism) volume;
        return prism.heights().topOrNull() == null ? null : prism(prism);
    }

    /** A JSON-FG Prism: its base polygon, {@code lower} (left out when open below) and {@code upper}. */
    public static Map<String, Object> prism(Prism prism) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("type", "Prism");
        place.put("base", polygon(prism.footprint().polygon()));
        if (prism.heights().bottomOrNull() != null) {
            place.put("lower", prism.heights().bottomOrNull());
        }
        place.put("upper", prism.heights().topOrNull());
        return place;
    }

    /** A JSON-FG MultiPolyhedron: one closed shell per part. */
    public static Map<String, Object> multiPolyhedron(Polyhedron polyhedron) {
        List<Object> parts = new ArrayList<>();
        for (Shell shell : polyhedron.parts()) {
            List<Object> faces = new ArrayList<>();
            for (Face face : shell.faces()) {
                List<Object> rings = new ArrayList<>();
                for (List<Point3> ring : face.rings()) {
                    List<List<Double>> positions = new ArrayList<>();
                    for (Point3 p : ring) {
                        double[] horizontal = ORDER.write(p.x(), p.y());
                        positions.add(List.of(round(horizontal[0]), round(horizontal[1]), p.z()));
                    }
                    positions.add(positions.get(0));
                    rings.add(positions);
                }
                faces.add(rings);
            }
            parts.add(List.of(faces));
        }
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("type", "MultiPolyhedron");
        place.put("coordinates", parts);
        return place;
    }

    /** A polygon as GeoJSON-shaped {@code {type, coordinates}} in authority order, to the millimetre. */
    public static Map<String, Object> polygon(Polygon polygon) {
        return GeoJsonPolygon.write(polygon, ORDER, METRE_STEP);
    }

    /**
     * Reads a {@code place}: Prism, MultiPrism, Polyhedron or MultiPolyhedron.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Volume read(Map<?, ?> place) {
        Object type = place.get("type");
        if ("Prism".equals(type)) {
            return readPrism(place);
        }
        if ("MultiPrism".equals(type)) {
            List<Prism> prisms = new ArrayList<>();
            for (Object p : list(place.get("prisms"), "prisms")) {
                if (!(p instanceof Map<?, ?> m)) {
                    throw new IllegalArgumentException("prisms must hold Prism objects");
                }
                prisms.add(readPrism(m));
            }
            if (prisms.isEmpty()) {
                throw new IllegalArgumentException("a MultiPrism needs at least one prism");
            }
            return prisms.size() == 1 ? prisms.get(0) : new SteppedPrism(prisms);
        }
        if ("Polyhedron".equals(type) || "MultiPolyhedron".equals(type)) {
            return readPolyhedral(place);
        }
        throw new IllegalArgumentException(
                "place must be a Prism, MultiPrism, Polyhedron or MultiPolyhedron, not '" + type + "'");
    }

    /** Reads a Polyhedron or MultiPolyhedron; each part is its outer shell (a part with cavities is refused). */
    public static Polyhedron readPolyhedral(Map<?, ?> place) {
        List<?> coordinates = list(place.get("coordinates"), "coordinates");
        List<?> polyhedra = "Polyhedron".equals(place.get("type")) ? List.of(coordinates) : coordinates;
        if (polyhedra.isEmpty()) {
            throw new IllegalArgumentException("the polyhedral volume has no part");
        }
        List<Shell> shells = new ArrayList<>();
        for (int i = 0; i < polyhedra.size(); i++) {
            List<?> shellsOfPart = list(polyhedra.get(i), "part " + i);
            if (shellsOfPart.size() != 1) {
                throw new IllegalArgumentException(
                        "part " + i + " must be one closed outer shell (cavities are not accepted in volumes)");
            }
            List<Face> faces = new ArrayList<>();
            for (Object face : list(shellsOfPart.get(0), "part " + i)) {
                List<List<Point3>> rings = new ArrayList<>();
                for (Object ring : list(face, "part " + i + " face")) {
                    List<Point3> points = new ArrayList<>();
                    for (Object position : list(ring, "part " + i + " ring")) {
                        double[] p = position(position, 3, "part " + i);
                        double[] en = ORDER.read(p[0], p[1]);
                        points.add(new Point3(en[0], en[1], p[2]));
                    }
                    if (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
                        points.remove(points.size() - 1);
                    }
                    rings.add(points);
                }
                if (rings.isEmpty()) {
                    throw new IllegalArgumentException("part " + i + ": a face has no ring");
                }
                faces.add(new Face(rings));
            }
            shells.add(new Shell(faces));
        }
        return new Polyhedron(shells);
    }

    /** Reads a GeoJSON-shaped Polygon in authority order. */
    public static Polygon readPolygon(Map<?, ?> geometry) {
        if (!"Polygon".equals(geometry.get("type"))) {
            throw new IllegalArgumentException("the base must be a Polygon");
        }
        return GeoJsonPolygon.read(geometry, ORDER);
    }

    private static Prism readPrism(Map<?, ?> place) {
        if (!(place.get("base") instanceof Map<?, ?> base)) {
            throw new IllegalArgumentException("a Prism needs a base polygon");
        }
        Double lower = number(place.get("lower"), "lower");
        Double upper = number(place.get("upper"), "upper");
        return new Prism(Footprint.ofEpsg4549(readPolygon(base)), HeightRange.ofNullable(lower, upper));
    }

    private static List<?> list(Object value, String what) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(what + " must be an array");
    }

    private static double[] position(Object value, int dimensions, String where) {
        List<?> l = list(value, where + ": a position");
        if (l.size() != dimensions) {
            throw new IllegalArgumentException(where + ": a position has " + l.size() + " coordinates, not "
                    + dimensions + " ([northing, easting" + (dimensions == 3 ? ", height" : "") + "])");
        }
        double[] out = new double[dimensions];
        for (int i = 0; i < dimensions; i++) {
            Double d = number(l.get(i), "a coordinate");
            if (d == null) {
                throw new IllegalArgumentException(where + ": a coordinate is missing");
            }
            out[i] = d;
        }
        return out;
    }

    private static Double number(Object value, String what) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(what + " must be a finite number");
    }

    private static double round(double metres) {
        return Math.round(metres * METRE_STEP) / METRE_STEP;
    }
}
