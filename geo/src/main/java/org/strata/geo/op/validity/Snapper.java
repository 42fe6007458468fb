package org.strata.geo.op.validity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strata.geo.model.Point3;

/** Merges vertices closer than the snap tolerance into one, and gives each merged vertex an id. */
final class Snapper {
    private final double tolerance;
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    private final List<Point3> points = new ArrayList<>();

    Snapper(double tolerance) {
        this.tolerance = tolerance;
    }

    /** The id of the vertex this point snaps to, creating one when none is within tolerance. */
    int id(Point3 p) {
        long cx = (long) Math.floor(p.x() / tolerance);
        long cy = (long) Math.floor(p.y() / tolerance);
        long cz = (long) Math.floor(p.z() / tolerance);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                for (long dz = -1; dz <= 1; dz++) {
                    List<Integer> ids = cells.get(key(cx + dx, cy + dy, cz + dz));
                    if (ids != null) {
                        for (int id : ids) {
                            if (V3.distance(points.get(id), p) <= tolerance) {
                                return id;
                            }
                        }
                    }
                }
            }
        }
        int id = points.size();
        points.add(p);
        cells.computeIfAbsent(key(cx, cy, cz), k -> new ArrayList<>()).add(id);
        return id;
    }

    Point3 point(int id) {
        return points.get(id);
    }

    private static long key(long x, long y, long z) {
        return (x * 73_856_093L) ^ (y * 19_349_663L) ^ (z * 83_492_791L);
    }
}
