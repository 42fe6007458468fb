package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.model.Face;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.Point3;
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

    private PolyhedronJson() {}

    static Polyhedron read(JsonNode volume) {
        JsonNode coordinates = volume.path("coordinates");
        List<JsonNode> polyhedra = new ArrayList<>();
        if (volume.path("type").asText().equals("Polyhedron")) {
            polyhedra.add(coordinates);
        } else {
            coordinates.forEach(polyhedra::add);
        }
        if (polyhedra.isEmpty()) {
            throw geometry("the polyhedral volume has no part");
        }
        List<Shell> parts = new ArrayList<>();
        for (int i = 0; i < polyhedra.size(); i++) {
            JsonNode shells = polyhedra.get(i);
            if (!shells.isArray() || shells.size() != 1) {
                throw geometry("part " + i + " must be one closed outer shell (cavities are not accepted in volumes)");
            }
            Shell shell = shell(shells.get(0), i);
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
            parts.add(shell);
        }
        return new Polyhedron(parts);
    }

    /** The plan outline: the union of the parts' outlines seen from above, which must be one polygon. */
    static Footprint outline(Polyhedron polyhedron) {
        if (!(VolumeOp.planOutline(polyhedron) instanceof Polygon polygon)) {
            throw geometry("the parts' outlines seen from above must form one connected polygon");
        }
        return Footprint.ofEpsg4549(polygon);
    }

    private static Shell shell(JsonNode faces, int part) {
        List<Face> list = new ArrayList<>();
        for (JsonNode face : faces) {
            List<List<Point3>> rings = new ArrayList<>();
            for (JsonNode ring : face) {
                List<Point3> points = new ArrayList<>();
                for (JsonNode p : ring) {
                    if (!p.isArray()
                            || p.size() != 3
                            || !p.get(0).isNumber()
                            || !p.get(1).isNumber()
                            || !p.get(2).isNumber()) {
                        throw geometry("part " + part + ": a position is not [northing, easting, height]");
                    }
                    points.add(new Point3(
                            p.get(1).asDouble(), p.get(0).asDouble(), p.get(2).asDouble()));
                }
                if (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
                    points.remove(points.size() - 1);
                }
                rings.add(points);
            }
            if (rings.isEmpty()) {
                throw geometry("part " + part + ": a face has no ring");
            }
            list.add(new Face(rings));
        }
        return new Shell(list);
    }

    private static ApiException geometry(String message) {
        return new ApiException(422, "invalid-geometry", "unit.volume: " + message);
    }
}
