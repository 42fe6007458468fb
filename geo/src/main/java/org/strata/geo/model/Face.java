package org.strata.geo.model;

import java.util.List;

/**
 * A planar face of a solid's shell: its outer ring and any inner rings, each a list of points without the
 * closing repeat, outer ring counter-clockwise seen from outside the solid.
 *
 * @param rings the outer ring first, then the inner rings
 */
public record Face(List<List<Point3>> rings) {
    /** Copies the rings. */
    public Face {
        rings = rings.stream().map(List::copyOf).toList();
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a face needs an outer ring");
        }
    }

    /** The outer ring. */
    public List<Point3> outer() {
        return rings.get(0);
    }
}
