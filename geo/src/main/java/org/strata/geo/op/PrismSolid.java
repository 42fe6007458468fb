package org.strata.geo.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Shell;
import org.strata.geo.model.Solid;

/**
 * A bounded prism as a solid: its footprint extruded from its bottom to its top height, a floor, a roof and a wall
 * for every edge of every ring, each face counter-clockwise seen from outside (as CityJSON and ISO 19107 want), the
 * footprint's holes kept as inner rings of floor and roof with their own walls facing into the hole.
 */
public final class PrismSolid {
    private PrismSolid() {}

    /** The solid of a prism, or empty when it is open above or below. */
    public static Optional<Solid> of(Prism prism) {
        Double bottom = prism.heights().bottomOrNull();
        Double top = prism.heights().topOrNull();
        if (bottom == null || top == null) {
            return Optional.empty();
        }
        Polygon polygon = prism.footprint().polygon();
        List<Coordinate> outer = ring(polygon.getExteriorRing(), true);
        List<List<Coordinate>> holes = new ArrayList<>();
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            holes.add(ring(polygon.getInteriorRingN(i), false));
        }
        List<Face> faces = new ArrayList<>();
        List<List<Point3>> roof = new ArrayList<>();
        roof.add(at(outer, top));
        holes.forEach(h -> roof.add(at(h, top)));
        faces.add(new Face(roof));
        List<List<Point3>> floor = new ArrayList<>();
        floor.add(at(reversed(outer), bottom));
        holes.forEach(h -> floor.add(at(reversed(h), bottom)));
        faces.add(new Face(floor));
        walls(outer, bottom, top, faces);
        holes.forEach(h -> walls(h, bottom, top, faces));
        return Optional.of(new Solid(new Shell(faces), List.of()));
    }

    /** The ring without its closing point, counter-clockwise from above for an outer ring, clockwise for a hole. */
    private static List<Coordinate> ring(LinearRing ring, boolean counterClockwise) {
        Coordinate[] c = ring.getCoordinates();
        List<Coordinate> open = new ArrayList<>(List.of(c).subList(0, c.length - 1));
        return Orientation.isCCW(c) == counterClockwise ? open : reversed(open);
    }

    private static void walls(List<Coordinate> ring, double bottom, double top, List<Face> faces) {
        for (int i = 0; i < ring.size(); i++) {
            Coordinate a = ring.get(i);
            Coordinate b = ring.get((i + 1) % ring.size());
            // walking the ring, the solid lies on the left: the wall faces right, outward
            faces.add(new Face(List.of(List.of(
                    new Point3(a.x, a.y, bottom),
                    new Point3(b.x, b.y, bottom),
                    new Point3(b.x, b.y, top),
                    new Point3(a.x, a.y, top)))));
        }
    }

    private static List<Point3> at(List<Coordinate> ring, double z) {
        return ring.stream().map(c -> new Point3(c.x, c.y, z)).toList();
    }

    private static List<Coordinate> reversed(List<Coordinate> ring) {
        List<Coordinate> out = new ArrayList<>(ring);
        java.util.Collections.reverse(out);
        return out;
    }
}
