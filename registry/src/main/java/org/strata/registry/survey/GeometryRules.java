package org.strata.registry.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.strata.geo.op.validity.SolidValidator;
import org.strata.geo.op.validity.ValidityError;

/**
 * Geometry rules: rings closed and valid, parcels of a package neither overlapping nor leaving gaps, coordinates
 * inside the declared extent and the city, and 3D validity of unit solids with val3dity's codes.
 */
final class GeometryRules {
    private static final double AREA_EPSILON = 0.01;
    private static final double VERTEX_METRES = 0.001;

    private GeometryRules() {}

    static List<CheckResult> check(CheckContext c) {
        List<CheckResult> out = new ArrayList<>();
        List<Polygon> valid = new ArrayList<>();
        List<String> validCodes = new ArrayList<>();
        for (SurveyData.SurveyedParcel p : c.data().parcels()) {
            if (valid(p.code(), p.boundary(), out)) {
                valid.add(p.boundary());
                validCodes.add(p.code());
            }
        }
        for (SurveyData.SurveyedBuilding b : c.data().buildings()) {
            valid(b.code(), b.footprint(), out);
        }
        for (int i = 0; i < valid.size(); i++) {
            for (int j = i + 1; j < valid.size(); j++) {
                if (!valid.get(i).getEnvelopeInternal().intersects(valid.get(j).getEnvelopeInternal())) {
                    continue;
                }
                double shared = valid.get(i).intersection(valid.get(j)).getArea();
                if (shared > AREA_EPSILON) {
                    out.add(CheckResult.measured(
                            "geometry.parcel-overlap",
                            Severity.ERROR,
                            round(shared) + " m²",
                            AREA_EPSILON + " m²",
                            List.of(validCodes.get(i), validCodes.get(j)),
                            "parcels " + validCodes.get(i) + " and " + validCodes.get(j) + " overlap by "
                                    + round(shared) + " m²"));
                }
            }
        }
        gaps(valid, validCodes, out);
        sharedVertices(valid, validCodes, out);
        coordinates(c, out);
        solids(c, out);
        return out;
    }

    private static boolean valid(String id, Polygon polygon, List<CheckResult> out) {
        IsValidOp op = new IsValidOp(polygon);
        if (op.isValid() && polygon.getArea() > 0) {
            return true;
        }
        String why = op.isValid()
                ? "it has no area"
                : op.getValidationError().getMessage() + " at "
                        + op.getValidationError().getCoordinate();
        out.add(CheckResult.error(
                "geometry.ring-invalid", List.of(id), "the outline of " + id + " is invalid: " + why));
        return false;
    }

    private static void gaps(List<Polygon> parcels, List<String> codes, List<CheckResult> out) {
        if (parcels.size() < 2) {
            return;
        }
        Geometry union = UnaryUnionOp.union(parcels);
        for (int g = 0; g < union.getNumGeometries(); g++) {
            Polygon part = (Polygon) union.getGeometryN(g);
            for (int h = 0; h < part.getNumInteriorRing(); h++) {
                Polygon hole =
                        part.getFactory().createPolygon(part.getInteriorRingN(h).getCoordinates());
                if (hole.getArea() > AREA_EPSILON) {
                    List<String> around = new ArrayList<>();
                    for (int i = 0; i < parcels.size(); i++) {
                        if (parcels.get(i).intersects(hole.getBoundary())) {
                            around.add(codes.get(i));
                        }
                    }
                    out.add(CheckResult.measured(
                            "geometry.parcel-gap",
                            Severity.ERROR,
                            round(hole.getArea()) + " m²",
                            AREA_EPSILON + " m²",
                            around,
                            "the parcels " + String.join(", ", around) + " leave a gap of " + round(hole.getArea())
                                    + " m² between them"));
                }
            }
        }
    }

    /** Adjacent parcels share their boundary vertices: a vertex of one on the other's boundary is a vertex of both. */
    private static void sharedVertices(List<Polygon> parcels, List<String> codes, List<CheckResult> out) {
        for (int i = 0; i < parcels.size(); i++) {
            for (int j = 0; j < parcels.size(); j++) {
                if (i == j
                        || !parcels.get(i)
                                .getEnvelopeInternal()
                                .intersects(parcels.get(j).getEnvelopeInternal())) {
                    continue;
                }
                Geometry other = parcels.get(j).getExteriorRing();
                Coordinate[] theirs = parcels.get(j).getExteriorRing().getCoordinates();
                for (Coordinate v : parcels.get(i).getExteriorRing().getCoordinates()) {
                    boolean onBoundary = other.distance(other.getFactory().createPoint(v)) <= VERTEX_METRES;
                    boolean shared = false;
                    for (Coordinate w : theirs) {
                        shared |= v.distance(w) <= VERTEX_METRES;
                    }
                    if (onBoundary && !shared) {
                        out.add(CheckResult.measured(
                                "geometry.parcel-vertices",
                                Severity.WARNING,
                                v.x + ", " + v.y,
                                "a vertex of both",
                                List.of(codes.get(i), codes.get(j)),
                                "boundary point " + v.x + ", " + v.y + " of " + codes.get(i)
                                        + " lies on the boundary of " + codes.get(j)
                                        + " but is not one of its vertices"));
                        break;
                    }
                }
            }
        }
    }

    private static void coordinates(CheckContext c, List<CheckResult> out) {
        double[] e = c.manifest().extent();
        Envelope declared = new Envelope(e[0], e[2], e[1], e[3]);
        RuleSet r = c.rules();
        Envelope city = new Envelope(
                r.number("city.min-easting"),
                r.number("city.max-easting"),
                r.number("city.min-northing"),
                r.number("city.max-northing"));
        List<String> outsideExtent = new ArrayList<>();
        List<String> outsideCity = new ArrayList<>();
        List<Object[]> located = new ArrayList<>();
        c.data().parcels().forEach(p -> located.add(new Object[] {p.code(), p.boundary()}));
        c.data().buildings().forEach(b -> located.add(new Object[] {b.code(), b.footprint()}));
        for (Object[] l : located) {
            for (Coordinate xy : ((Geometry) l[1]).getCoordinates()) {
                if (!declared.covers(xy)) {
                    outsideExtent.add((String) l[0]);
                }
                if (!city.covers(xy)) {
                    outsideCity.add((String) l[0]);
                }
            }
        }
        c.data().points().forEach(p -> {
            Coordinate xy = new Coordinate(p.easting(), p.northing());
            if (!declared.covers(xy)) {
                outsideExtent.add(p.id());
            }
        });
        if (!outsideExtent.isEmpty()) {
            List<String> ids = outsideExtent.stream().distinct().toList();
            out.add(CheckResult.error(
                    "geometry.outside-extent",
                    ids,
                    "coordinates of " + String.join(", ", ids) + " lie outside the declared extent"));
        }
        if (!outsideCity.isEmpty()) {
            List<String> ids = outsideCity.stream().distinct().toList();
            out.add(CheckResult.error(
                    "geometry.outside-city",
                    ids,
                    "coordinates of " + String.join(", ", ids)
                            + " lie outside the city in EPSG:4549 (is the axis order easting, northing?)"));
        }
    }

    private static void solids(CheckContext c, List<CheckResult> out) {
        for (SurveyData.SurveyedUnit u : c.data().units()) {
            if (u.solid().isEmpty()) {
                out.add(CheckResult.error(
                        "geometry.unit-without-solid",
                        List.of(u.code()),
                        "unit " + u.code() + " has an area row but no BuildingUnit solid in the CityJSON part"));
                continue;
            }
            List<ValidityError> errors = SolidValidator.validate(u.solid().get());
            if (!errors.isEmpty()) {
                String codes = errors.stream()
                        .map(x -> String.valueOf(x.code()))
                        .distinct()
                        .collect(Collectors.joining(", "));
                out.add(CheckResult.measured(
                        "geometry.solid-invalid",
                        Severity.ERROR,
                        "val3dity " + codes,
                        "valid solid",
                        List.of(u.code()),
                        "the solid of unit " + u.code() + " is invalid: "
                                + errors.get(0).message()));
            } else if (UnitVolumes.of(u.solid().get()).isEmpty()) {
                out.add(CheckResult.error(
                        "geometry.unit-shape",
                        List.of(u.code()),
                        "unit " + u.code()
                                + " is neither a vertical prism nor convex; split it into convex BuildingUnit parts"));
            }
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
