package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
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
import org.strata.registry.cases.Application;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.cases.UnitLimits;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.right.Share;
import org.strata.registry.unit.UnitCode;
import org.strata.web.http.ApiException;

/**
 * Reads a case application from its JSON: type, unitCode, parties, details, and for a first registration of a
 * new unit its {@code unit} (footprint as a GeoJSON Polygon in EPSG:4549 with [easting, northing] positions,
 * heights in metres of the 1985 datum). Each failure is a 400 naming the field.
 */
final class ApplicationJson {
    private static final GeometryFactory GF = new GeometryFactory();

    private ApplicationJson() {}

    static Application read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("invalid-json", "send the application as a JSON object");
        }
        String typeName = text(body, "type");
        RegistrationType type = RegistrationType.ofWireName(typeName)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid-type", "type '" + typeName + "' is not one of " + RegistrationType.wireNames()));
        UnitCode unit = UnitCode.parse(text(body, "unitCode"));
        List<RegisteredParty> parties = new ArrayList<>();
        JsonNode list = body.path("parties");
        if (!list.isMissingNode() && !list.isArray()) {
            throw ApiException.badRequest("invalid-parties", "parties must be an array");
        }
        for (int i = 0; i < list.size(); i++) {
            parties.add(party(list.get(i), i));
        }
        TreeMap<String, String> details = new TreeMap<>();
        body.path("details").fields().forEachRemaining(f -> details.put(f.getKey(), scalar(f.getKey(), f.getValue())));
        Optional<NewUnit> newUnit =
                body.hasNonNull("unit") ? Optional.of(newUnit(body.get("unit"), unit)) : Optional.empty();
        return new Application(type, unit, parties, details, newUnit);
    }

    private static RegisteredParty party(JsonNode p, int index) {
        String where = "parties[" + index + "]";
        String roleName = text(p, "role", where);
        PartyRole role = PartyRole.ofWireName(roleName)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid-role", where + ".role '" + roleName + "' is not a party role"));
        IdType idType;
        try {
            idType = IdType.ofWireName(text(p, "idType", where));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-id-type", where + ": " + e.getMessage());
        }
        String idNumber = text(p, "idNumber", where);
        Party party;
        try {
            party = new Party(text(p, "name", where), idType, idNumber);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-id-number", where + ": " + e.getMessage());
        }
        Optional<Share> share = Optional.empty();
        if (p.hasNonNull("share")) {
            try {
                share = Optional.of(Share.parse(p.get("share").asText()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid-share", where + ".share: " + e.getMessage());
            }
        }
        return new RegisteredParty(role, party, share);
    }

    /**
     * Whether a body uses the deprecated geometry form {@code unit.footprint} ([easting, northing]) instead of
     * {@code unit.volume} (JSON-FG, the CRS's own [northing, easting] order).
     */
    static boolean usesDeprecatedFootprint(JsonNode body) {
        return body != null && body.path("unit").has("footprint");
    }

    private static NewUnit newUnit(JsonNode u, UnitCode code) {
        String kind = text(u, "kind", "unit");
        if (u.has("volume") && (u.has("footprint") || u.has("bottom") || u.has("top"))) {
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
            if (u.has("volume")) {
                JsonNode volume = u.get("volume");
                String type = volume.path("type").asText();
                requireEpsg4549(u);
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
                footprint = footprint(u.path("footprint"), false);
                heights = HeightRange.ofNullable(number(u, "bottom"), number(u, "top"));
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(422, "invalid-geometry", "unit heights: " + e.getMessage());
        }
        try {
            if (kind.equals("parcel")) {
                LandUse use = LandUse.ofCode(text(u, "use", "unit"))
                        .orElseThrow(() -> ApiException.badRequest(
                                "invalid-unit", "unit.use must be a GB/T 21010 land use code such as 0701"));
                return new NewUnit(
                        Optional.of(new Parcel(
                                code,
                                footprint,
                                heights,
                                required(u, "statedArea"),
                                use,
                                text(u, "location", "unit"),
                                solid)),
                        Optional.empty());
            }
            if (kind.equals("unit")) {
                double area = required(u, "statedArea");
                Double inner = number(u, "innerArea");
                return new NewUnit(
                        Optional.empty(),
                        Optional.of(new BuildingUnit(
                                code,
                                UnitCode.parse(text(u, "buildingCode", "unit")),
                                (int) required(u, "floor"),
                                u.path("room").asText(""),
                                BuildingUse.parse(text(u, "use", "unit")),
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

    private static void requireEpsg4549(JsonNode unit) {
        String crs = unit.path("crs").asText("http://www.opengis.net/def/crs/EPSG/0/4549");
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

    private static String scalar(String name, JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return String.join(",", items);
        }
        if (value.isObject()) {
            throw ApiException.badRequest("invalid-detail", "details." + name + " must be a value, not an object");
        }
        return value.isNull() ? "" : value.asText();
    }

    private static String text(JsonNode node, String field) {
        return text(node, field, "the application");
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest("missing-field", where + " needs a text field '" + field + "'");
        }
        return value.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw ApiException.badRequest("invalid-unit", "unit." + field + " must be a number");
        }
        return value.asDouble();
    }

    private static double required(JsonNode node, String field) {
        Double value = number(node, field);
        if (value == null) {
            throw ApiException.badRequest("invalid-unit", "unit." + field + " is required");
        }
        return value;
    }
}
