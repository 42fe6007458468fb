package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.io.JsonFg;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Shell;
import org.strata.geo.model.Solid;
import org.strata.geo.op.ConvexityOp;
import org.strata.geo.op.VolumeOp;
import org.strata.geo.op.validity.SolidValidator;
import org.strata.geo.op.validity.ValidityError;
import org.strata.web.http.ApiException;

/**
 * Reads JSON-FG {@code Polyhedron} and {@code MultiPolyhedron} volumes in EPSG:4549 ([northing, easting, height]
 * positions, the CRS's axis order; heights in the 1985 datum). Each polyhedron must be a valid solid (val3dity's
 * checks) and convex — a non-convex volume is sent as a MultiPolyhedron of convex parts. Refusals are 422.
 */
final class PolyhedronJson {
    private static final ObjectMapper TREES = new ObjectMapper();

    private PolyhedronJson() {}

    static Polyhedron read(JsonNode volume) {
        Polyhedron polyhedron;
        try {
            polyhedron = JsonFg.readPolyhedral(TREES.convertValue(volume, Map.class));
        } catch (IllegalArgumentException e) {
            throw geometry(e.getMessage());
        }
        List<Shell> parts = polyhedron.parts();
        for (int i = 0; i < parts.size(); i++) {
            Shell shell = parts.get(i);
            List<ValidityError> errors = SolidValidator.validate(new Solid(shell, List.of()));
            if (!errors.isEmpty()) {
                throw geometry("part " + i + " is not a valid solid: "
                        + errors.stream().map(e -> e.code() + " " + e.message()).collect(Collectors.joining("; ")));
            }
            if (!ConvexityOp.isConvex(shell, SolidValidator.SNAP_TOLERANCE)) {
                throw new ApiException(
                        422,
                        "non-convex-volume",
                        "part " + i + " is not convex: send a non-convex volume"
                                + " as a MultiPolyhedron of convex parts");
            }
        }
        return polyhedron;
    }

    /** The plan outline: the union of the parts' outlines seen from above, which must be one polygon. */
    static Footprint outline(Polyhedron polyhedron) {
        if (!(VolumeOp.planOutline(polyhedron) instanceof Polygon polygon)) {
            throw geometry("the parts' outlines seen from above must form one connected polygon");
        }
        return Footprint.ofEpsg4549(polygon);
    }

    private static ApiException geometry(String message) {
        return new ApiException(422, "invalid-geometry", "unit.volume: " + message);
    }
}
