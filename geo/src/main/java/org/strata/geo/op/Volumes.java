package org.strata.geo.op;

import java.util.List;
import org.strata.geo.model.Prism;
import org.strata.geo.model.SteppedPrism;
import org.strata.geo.model.Volume;

/** The prisms a volume is made of. */
final class Volumes {
    private Volumes() {}

    static List<Prism> parts(Volume v) {
        if (v instanceof Prism p) {
            return List.of(p);
        }
        if (v instanceof SteppedPrism s) {
            return s.parts();
        }
        throw new IllegalArgumentException("a polyhedron has no prism parts");
    }
}
