package org.strata.registry.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.geo.model.Face;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Solid;
import org.strata.geo.model.Volume;
import org.strata.geo.op.ConvexityOp;

/**
 * The volume of a surveyed solid: a vertical prism when it has one flat bottom face, one flat top face and
 * vertical walls (most units and floors), else the solid itself when it is convex; other shapes are not read.
 */
public final class UnitVolumes {
    private static final double TOLERANCE = 0.001;
    private static final GeometryFactory GF = new GeometryFactory();

    private UnitVolumes() {}

    /** The volume of a solid: a vertical prism, the convex solid itself, or nothing for other shapes. */
    public static Optional<Volume> of(Solid solid) {
        if (!solid.inner().isEmpty()) {
            return Optional.empty();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Face f : solid.outer().faces()) {
            for (Point3 p : f.outer()) {
                min = Math.min(min, p.z());
                max = Math.max(max, p.z());
            }
        }
        Optional<Volume> prism = prism(solid, min, max);
        if (prism.isPresent()) {
            return prism;
        }
        if (ConvexityOp.isConvex(solid.outer(), TOLERANCE)) {
            return Optional.of(new Polyhedron(List.of(solid.outer())));
        }
        return Optional.empty();
    }

    private static Optional<Volume> prism(Solid solid, double min, double max) {
        Face bottom = null;
        int tops = 0;
        for (Face f : solid.outer().faces()) {
            if (f.rings().size() > 1) {
                return Optional.empty();
            }
            boolean allMin = f.outer().stream().allMatch(p -> Math.abs(p.z() - min) <= TOLERANCE);
            boolean allMax = f.outer().stream().allMatch(p -> Math.abs(p.z() - max) <= TOLERANCE);
            boolean vertical = f.outer().stream()
                    .allMatch(p -> Math.abs(p.z() - min) <= TOLERANCE || Math.abs(p.z() - max) <= TOLERANCE);
            if (allMin) {
                if (bottom != null) {
                    return Optional.empty();
                }
                bottom = f;
            } else if (allMax) {
                tops++;
            } else if (!vertical) {
                return Optional.empty();
            }
        }
        if (bottom == null || tops != 1 || max - min <= TOLERANCE) {
            return Optional.empty();
        }
        List<Coordinate> ring = new ArrayList<>();
        for (Point3 p : bottom.outer()) {
            ring.add(new Coordinate(p.x(), p.y()));
        }
        if (!ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.add(ring.get(0));
        }
        if (ring.size() < 4) {
            return Optional.empty();
        }
        var polygon = GF.createPolygon(ring.toArray(Coordinate[]::new));
        if (!polygon.isValid()) {
            return Optional.empty();
        }
        return Optional.of(new Prism(Footprint.ofEpsg4549(polygon), HeightRange.of(min, max)));
    }
}
