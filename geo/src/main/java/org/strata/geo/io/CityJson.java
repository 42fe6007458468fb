package org.strata.geo.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Shell;
import org.strata.geo.model.Solid;

/**
 * CityJSON 2.0 solids, read from and written to plain JSON trees (maps, lists, numbers): vertices decoded with the
 * document's {@code transform}, {@code Solid} boundaries as shells of surfaces of rings of vertex indices.
 * Coordinates stay in the document's own CRS; malformed input is refused with val3dity's codes (901, 902).
 */
public final class CityJson {
    /** The vertex precision written: a millimetre. */
    public static final double SCALE = 0.001;

    private CityJson() {}

    /** The vertices of a CityJSON document or feature, with its (or the given) transform applied. */
    public static List<Point3> vertices(Map<?, ?> root) {
        double[] scale = {1, 1, 1};
        double[] translate = {0, 0, 0};
        if (root.get("transform") instanceof Map<?, ?> transform) {
            for (int i = 0; i < 3; i++) {
                scale[i] = component(transform.get("scale"), i, 1);
                translate[i] = component(transform.get("translate"), i, 0);
            }
        }
        List<Point3> out = new ArrayList<>();
        Object vertices = root.get("vertices");
        if (vertices == null) {
            return out;
        }
        for (Object v : array(vertices, "vertices")) {
            if (!(v instanceof List<?> xyz) || xyz.size() != 3 || !xyz.stream().allMatch(n -> n instanceof Number)) {
                throw new SolidFormatException("901: vertex " + out.size() + " is not an array of three numbers");
            }
            double[] p = new double[3];
            for (int i = 0; i < 3; i++) {
                p[i] = ((Number) xyz.get(i)).doubleValue() * scale[i] + translate[i];
                if (!Double.isFinite(p[i])) {
                    throw new SolidFormatException("901: vertex " + out.size() + " is not finite");
                }
            }
            out.add(new Point3(p[0], p[1], p[2]));
        }
        return out;
    }

    /** One solid from its CityJSON boundaries: the outer shell, then any cavities. */
    public static Solid solid(Object boundaries, List<Point3> vertices) {
        List<Shell> shells = new ArrayList<>();
        for (Object shell : array(boundaries, "a solid")) {
            List<Face> faces = new ArrayList<>();
            for (Object surface : array(shell, "a shell")) {
                List<List<Point3>> rings = new ArrayList<>();
                for (Object ring : array(surface, "a surface")) {
                    List<Point3> points = new ArrayList<>();
                    for (Object index : array(ring, "a ring")) {
                        if (!(index instanceof Integer || index instanceof Long)
                                || ((Number) index).longValue() != ((Number) index).intValue()) {
                            throw new SolidFormatException("901: a ring holds " + index + ", not a vertex index");
                        }
                        long i = ((Number) index).longValue();
                        if (i < 0 || i >= vertices.size()) {
                            throw new SolidFormatException(
                                    "901: a ring refers to vertex " + i + ", which does not exist");
                        }
                        points.add(vertices.get((int) i));
                    }
                    rings.add(points);
                }
                faces.add(new Face(rings));
            }
            shells.add(new Shell(faces));
        }
        if (shells.isEmpty()) {
            throw new SolidFormatException("902: a solid has no shell");
        }
        return new Solid(shells.get(0), shells.subList(1, shells.size()));
    }

    /** The first {@code Solid} geometry of every city object that has one, by object id, in document order. */
    public static Map<String, Solid> solids(Map<?, ?> root) {
        List<Point3> vertices = vertices(root);
        Map<String, Solid> out = new LinkedHashMap<>();
        if (root.get("CityObjects") instanceof Map<?, ?> objects) {
            objects.forEach((id, object) -> {
                if (object instanceof Map<?, ?> o && o.get("geometry") instanceof List<?> geometries) {
                    geometries.stream()
                            .filter(g -> g instanceof Map<?, ?> m && "Solid".equals(m.get("type")))
                            .findFirst()
                            .ifPresent(g ->
                                    out.put(String.valueOf(id), solid(((Map<?, ?>) g).get("boundaries"), vertices)));
                }
            });
        }
        return out;
    }

    /**
     * A city object: its id, CityJSON type (e.g. {@code BuildingUnit}), one solid and its attributes.
     *
     * @param id the object's id
     * @param type the CityJSON city object type
     * @param solid its LoD 2 solid
     * @param attributes its attributes, written as given
     */
    public record CityObject(String id, String type, Solid solid, Map<String, Object> attributes) {}

    /**
     * A CityJSON 2.0 document holding each solid as a city object of {@code type} with one LoD 2 {@code Solid},
     * vertices shared, stored as integers of a millimetre from the smallest corner.
     *
     * @param solids the solids by object id
     * @param type the city object type, e.g. {@code BuildingUnit}
     * @param referenceSystem the CRS URI of the coordinates, e.g. {@code https://www.opengis.net/def/crs/EPSG/0/4549}
     */
    public static Map<String, Object> write(Map<String, Solid> solids, String type, String referenceSystem) {
        List<CityObject> objects = new ArrayList<>();
        solids.forEach((id, solid) -> objects.add(new CityObject(id, type, solid, Map.of())));
        return write(objects, referenceSystem);
    }

    /** A CityJSON 2.0 document of city objects, vertices shared, integers of a millimetre from the smallest corner. */
    public static Map<String, Object> write(List<CityObject> objects, String referenceSystem) {
        double[] min = corner(objects);
        Map<List<Long>, Integer> index = new LinkedHashMap<>();
        Map<String, Object> cityObjects = new LinkedHashMap<>();
        for (CityObject o : objects) {
            cityObjects.put(o.id(), object(o, min, index));
        }
        Map<String, Object> doc = header(min, referenceSystem);
        doc.put("CityObjects", cityObjects);
        doc.put("vertices", new ArrayList<>(index.keySet()));
        return doc;
    }

    /**
     * The same objects as CityJSON Text Sequences (CityJSONSeq): a first line holding the metadata and the
     * {@code transform} every feature's vertices use, then one {@code CityJSONFeature} per object with its own
     * vertices.
     */
    public static List<Map<String, Object>> writeSeq(List<CityObject> objects, String referenceSystem) {
        double[] min = corner(objects);
        List<Map<String, Object>> lines = new ArrayList<>();
        Map<String, Object> first = header(min, referenceSystem);
        first.put("CityObjects", Map.of());
        first.put("vertices", List.of());
        lines.add(first);
        for (CityObject o : objects) {
            Map<List<Long>, Integer> index = new LinkedHashMap<>();
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "CityJSONFeature");
            feature.put("id", o.id());
            feature.put("CityObjects", Map.of(o.id(), object(o, min, index)));
            feature.put("vertices", new ArrayList<>(index.keySet()));
            lines.add(feature);
        }
        return lines;
    }

    private static double[] corner(List<CityObject> objects) {
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        objects.forEach(o -> o.solid().shells().forEach(shell -> shell.faces().forEach(f -> f.rings()
                .forEach(r -> r.forEach(p -> {
                    min[0] = Math.min(min[0], p.x());
                    min[1] = Math.min(min[1], p.y());
                    min[2] = Math.min(min[2], p.z());
                })))));
        return objects.isEmpty() ? new double[] {0, 0, 0} : min;
    }

    private static Map<String, Object> header(double[] min, String referenceSystem) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "CityJSON");
        doc.put("version", "2.0");
        doc.put(
                "transform",
                Map.of("scale", List.of(SCALE, SCALE, SCALE), "translate", List.of(min[0], min[1], min[2])));
        doc.put("metadata", Map.of("referenceSystem", referenceSystem));
        return doc;
    }

    private static Map<String, Object> object(CityObject o, double[] min, Map<List<Long>, Integer> index) {
        List<Object> shells = new ArrayList<>();
        for (Shell shell : o.solid().shells()) {
            List<Object> surfaces = new ArrayList<>();
            for (Face face : shell.faces()) {
                List<Object> rings = new ArrayList<>();
                for (List<Point3> ring : face.rings()) {
                    List<Integer> indices = new ArrayList<>();
                    for (Point3 p : ring) {
                        List<Long> key = List.of(
                                Math.round((p.x() - min[0]) / SCALE),
                                Math.round((p.y() - min[1]) / SCALE),
                                Math.round((p.z() - min[2]) / SCALE));
                        indices.add(index.computeIfAbsent(key, k -> index.size()));
                    }
                    rings.add(indices);
                }
                surfaces.add(rings);
            }
            shells.add(surfaces);
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Solid");
        geometry.put("lod", "2");
        geometry.put("boundaries", shells);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", o.type());
        if (!o.attributes().isEmpty()) {
            object.put("attributes", o.attributes());
        }
        object.put("geometry", List.of(geometry));
        return object;
    }

    private static double component(Object list, int i, double absent) {
        if (list instanceof List<?> l && l.size() > i && l.get(i) instanceof Number n) {
            return n.doubleValue();
        }
        return absent;
    }

    private static List<?> array(Object node, String what) {
        if (node instanceof List<?> l) {
            return l;
        }
        throw new SolidFormatException("901: " + what + " must be an array");
    }
}
