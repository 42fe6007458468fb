package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.strata.geo.crs.Crs;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Polyhedron;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.BuildingUse;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.cases.UnitLimits;
import org.strata.registry.unit.UnitCode;
import org.strata.web.http.ApiException;

/**
 * Builds the new unit of a first registration from its {@link NewUnitBody}: the geometry from JSON-FG (EPSG:4549,
 * [northing, easting]) or the deprecated GeoJSON footprint ([easting, northing]), heights in metres of the 1985
 * datum. Each failure is a 400 or 422 naming the field.
 */
final class NewUnitReader {
    private static final GeometryFactory GF = new GeometryFactory();

    private NewUnitReader() {}

    static NewUnit read(NewUnitBody u, UnitCode code) {
        return newUnit(u, code);
    }

    private static NewUnit newUnit(NewUnitBody u, UnitCode code) {
        String kind = CaseApplication.field("kind", u.kind(), "unit");
        if (u.volume() != null && (u.footprint() != null || u.bottom() != null || u.top() != null)) {
            throw ApiException.badRequest(
                    "conflicting-geometry",
                    "send the unit's geometry once: unit.volume (JSON-FG in EPSG:4549, [northing, easting] as the"
                            + " CRS defines it) or, deprecated, unit.footprint ([easting, northing]) with bottom and"
                            + " top — not both, so no body mixes axis orders");
        }
        Footprint footprint;
        HeightRange heights;
        Optional<Polyhedron> solid = Optional.empty();
        try {
            if (u.volume() != null) {
                JsonNode volume = u.volume();
                String type = volume.path("type").asText();
                requireEpsg4549(u.crs());
                if (type.equals("Polyhedron") || type.equals("MultiPolyhedron")) {
                    Polyhedron polyhedron = PolyhedronJson.read(volume);
                    solid = Optional.of(polyhedron);
                    footprint = PolyhedronJson.outline(polyhedron);
                    heights = polyhedron.box().heights();
                } else if (type.equals("Prism")) {
                    footprint = footprint(volume.path("base"), true);
                    heights = HeightRange.ofNullable(number(volume, "lower"), number(volume, "upper"));
                } else {
                    throw new ApiException(
                            422,
                            "invalid-geometry",
                            "unit.volume must be a JSON-FG Prism (base, lower,"
                                    + " upper), Polyhedron or MultiPolyhedron, not '" + type + "'");
                }
            } else {
                footprint = footprint(u.footprint() == null ? MissingNode.getInstance() : u.footprint(), false);
                heights = HeightRange.ofNullable(u.bottom(), u.top());
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(422, "invalid-geometry", "unit heights: " + e.getMessage());
        }
        try {
            if (kind.equals("parcel")) {
                LandUse use = LandUse.ofCode(CaseApplication.field("use", u.use(), "unit"))
                        .orElseThrow(() -> ApiException.badRequest(
                                "invalid-unit", "unit.use must be a GB/T 21010 land use code such as 0701"));
                return new NewUnit(
                        Optional.of(new Parcel(
                                code,
                                footprint,
                                heights,
                                required("statedArea", u.statedArea()),
                                use,
                                CaseApplication.field("location", u.location(), "unit"),
                                solid)),
                        Optional.empty());
            }
            if (kind.equals("unit")) {
                double area = required("statedArea", u.statedArea());
                Double inner = u.innerArea();
                return new NewUnit(
                        Optional.empty(),
                        Optional.of(new BuildingUnit(
                                code,
                                UnitCode.parse(CaseApplication.field("buildingCode", u.buildingCode(), "unit")),
                                (int) required("floor", u.floor()),
                                u.room() == null ? "" : u.room(),
                                BuildingUse.parse(CaseApplication.field("use", u.use(), "unit")),
                                footprint,
                                heights,
                                area,
                                inner == null ? area : inner,
                                solid)));
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof org.strata.registry.unit.InvalidUnitCodeException code2) {
                throw code2;
            }
            throw ApiException.badRequest("invalid-unit", "unit: " + e.getMessage());
        }
        throw ApiException.badRequest("invalid-unit", "unit.kind '" + kind + "' is not parcel or unit");
    }

    private static void requireEpsg4549(String given) {
        String crs = given == null ? "http://www.opengis.net/def/crs/EPSG/0/4549" : given;
        if (Crs.fromText(crs).filter(c -> c == Crs.EPSG_4549).isEmpty()) {
            throw ApiException.badRequest(
                    "invalid-crs",
                    "unit.crs '" + crs + "' is not supported; volumes are given in"
                            + " EPSG:4549 with heights in the 1985 national height datum");
        }
    }

    /** A polygon from GeoJSON rings: [easting, northing] positions, or with {@code northingFirst} EPSG:4549's own order. */
    private static Footprint footprint(JsonNode geometry, boolean northingFirst) {
        if (!"Polygon".equals(geometry.path("type").asText())
                || !geometry.path("coordinates").isArray()) {
            throw new ApiException(
                    422,
                    "invalid-geometry",
                    northingFirst
                            ? "unit.volume.base must be a Polygon in EPSG:4549 ([northing, easting] metres, the CRS's axis order)"
                            : "unit.footprint must be a GeoJSON Polygon in EPSG:4549 ([easting, northing] metres)");
        }
        JsonNode rings = geometry.get("coordinates");
        int positions = 0;
        for (JsonNode ring : rings) {
            positions += ring.size();
        }
        if (positions > UnitLimits.MAX_VERTICES) {
            throw ApiException.badRequest(
                    "unit-too-large",
                    "the unit's footprint has " + positions + " positions; at most " + UnitLimits.MAX_VERTICES);
        }
        try {
            LinearRing shell = ring(rings.get(0), northingFirst);
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 1; i < rings.size(); i++) {
                holes[i - 1] = ring(rings.get(i), northingFirst);
            }
            return Footprint.ofEpsg4549(GF.createPolygon(shell, holes));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiException(422, "invalid-geometry", "unit footprint: " + e.getMessage());
        }
    }

    private static LinearRing ring(JsonNode positions, boolean northingFirst) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray()
                    || p.size() < 2
                    || !p.get(0).isNumber()
                    || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("position " + i + " is not a pair of numbers");
            }
            coordinates[i] = northingFirst
                    ? new Coordinate(p.get(1).asDouble(), p.get(0).asDouble())
                    : new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        return GF.createLinearRing(coordinates);
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw ApiException.badRequest("invalid-unit", "unit.volume." + field + " must be a number");
        }
        return value.asDouble();
    }

    private static double required(String field, Double value) {
        if (value == null) {
            throw ApiException.badRequest("invalid-unit", "unit." + field + " is required");
        }
        return value;
    }
}
