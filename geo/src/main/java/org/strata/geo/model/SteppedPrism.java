package org.strata.geo.model;

import java.util.List;

/**
 * A union of prisms treated as one volume: a basement that widens at lower levels, a tower on a podium.
 * The parts' interiors must not overlap one another (they may touch).
 *
 * @param parts the prisms, at least one
 */
public record SteppedPrism(List<Prism> parts) implements Volume {
    /** Copies the parts and checks there is at least one. */
    public SteppedPrism {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a stepped prism needs at least one part");
        }
    }

    @Override
    public Box3 box() {
        Box3 box = parts.get(0).box();
        for (Prism p : parts.subList(1, parts.size())) {
            box = box.union(p.box());
        }
        return box;
    }
}
