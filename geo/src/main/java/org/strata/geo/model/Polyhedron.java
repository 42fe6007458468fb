package org.strata.geo.model;

import java.util.List;

/**
 * A polyhedral volume — a tunnel section, a sloped ramp, a bridge — as a union of convex solids whose interiors
 * do not overlap (a convex volume is one part). Coordinates: x easting, y northing in EPSG:4549 metres, z metres
 * of the 1985 datum. Faces are planar and point outwards.
 *
 * @param parts the convex parts, each a closed outer shell
 */
public record Polyhedron(List<Shell> parts) implements Volume {
    /** Copies the parts and checks there is at least one. */
    public Polyhedron {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a polyhedron needs at least one part");
        }
    }

    @Override
    public Box3 box() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double minZ = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double maxZ = Double.NEGATIVE_INFINITY;
        for (Shell shell : parts) {
            for (Face face : shell.faces()) {
                for (Point3 p : face.outer()) {
                    minX = Math.min(minX, p.x());
                    minY = Math.min(minY, p.y());
                    minZ = Math.min(minZ, p.z());
                    maxX = Math.max(maxX, p.x());
                    maxY = Math.max(maxY, p.y());
                    maxZ = Math.max(maxZ, p.z());
                }
            }
        }
        return new Box3(new GridBox(minX, minY, maxX, maxY), HeightRange.of(minZ, maxZ));
    }
}
