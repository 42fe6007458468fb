package org.strata.web.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.registry.cadastre.LandUse;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.right.RightNature;
import org.strata.registry.right.RightType;
import org.strata.registry.right.Share;
import org.strata.registry.unit.InvalidUnitCodeException;
import org.strata.registry.unit.OwnershipLetter;
import org.strata.registry.unit.UnitCode;

/**
 * Reads one feature of an import file as a land unit and its first registration: the geometry its footprint
 * (EPSG:4549 [easting, northing], or CRS84 when the file says so), the properties those of a first registration —
 * {@code unitCode}, {@code use}, {@code statedArea}, {@code location}, {@code rightNature}, optional {@code rightType}
 * (which must be the one the code implies), {@code lower}/{@code upper}, {@code validFrom}, {@code termStart},
 * {@code termEnd} and {@code holders} with {@code name}, {@code idType}, {@code idNumber} and {@code share}.
 * A feature breaking a rule throws {@link RowRejected} naming it.
 */
final class RowReader {
    private static final GeometryFactory GF = new GeometryFactory();

    private final GridTransform transform;
    private final boolean lonLat;
    private final Map<String, String> provenance;

    /**
     * A reader of one file's features.
     *
     * @param lonLat whether positions are CRS84 longitude, latitude rather than EPSG:4549 easting, northing
     * @param provenance details every registration carries: where it came from
     */
    RowReader(GridTransform transform, boolean lonLat, Map<String, String> provenance) {
        this.transform = transform;
        this.lonLat = lonLat;
        this.provenance = provenance;
    }

    ImportRow read(long row, JsonNode feature) {
        if (!"Feature".equals(feature.path("type").asText())) {
            throw new RowRejected("invalid-feature", "not a GeoJSON Feature");
        }
        JsonNode p = feature.path("properties");
        UnitCode code;
        try {
            code = UnitCode.parse(text(p, "unitCode"));
        } catch (InvalidUnitCodeException e) {
            throw new RowRejected("invalid-unit-code", e.getMessage());
        }
        if (!code.isLandUnit()) {
            throw new RowRejected(
                    "not-a-land-unit", code + " is not a land unit (W00000000): the import takes one parcel a feature");
        }
        Footprint footprint = footprint(feature.path("geometry"));
        HeightRange heights;
        try {
            heights = HeightRange.ofNullable(number(p, "lower", false), number(p, "upper", false));
        } catch (IllegalArgumentException e) {
            throw new RowRejected("invalid-heights", "lower/upper: " + e.getMessage());
        }
        String useCode = text(p, "use");
        LandUse use = LandUse.ofCode(useCode)
                .orElseThrow(() -> new RowRejected(
                        "invalid-use", "use '" + useCode + "' is not a GB/T 21010-2017 land use code such as 0701"));
        Parcel parcel;
        try {
            parcel = new Parcel(code, footprint, heights, number(p, "statedArea", true), use, text(p, "location"));
        } catch (IllegalArgumentException e) {
            throw new RowRejected("invalid-area", e.getMessage());
        }
        return new ImportRow(row, parcel, application(parcel, p));
    }

    /** The first registration of the parcel, which it brings to the cadastre. */
    private Application application(Parcel parcel, JsonNode p) {
        UnitCode code = parcel.unitCode();
        TreeMap<String, String> details = new TreeMap<>(provenance);
        int nature = (int) (double) number(p, "rightNature", true);
        try {
            RightNature.ofCode(nature);
        } catch (IllegalArgumentException e) {
            throw new RowRejected("invalid-right-nature", "rightNature " + nature + ": " + e.getMessage());
        }
        details.put("rightNature", Integer.toString(nature));
        RightType implied = code.parcel().ownership() == OwnershipLetter.G
                ? RightType.STATE_CONSTRUCTION_LAND_USE
                : RightType.COLLECTIVE_CONSTRUCTION_LAND_USE;
        Double rightType = number(p, "rightType", false);
        if (rightType != null && rightType.intValue() != implied.code()) {
            throw new RowRejected(
                    "right-type-mismatch",
                    "rightType " + rightType.intValue() + " is not the right the code's ownership letter "
                            + code.parcel().ownership() + " implies (" + implied.code() + ")");
        }
        for (String date : List.of("validFrom", "termStart", "termEnd")) {
            if (p.hasNonNull(date)) {
                try {
                    details.put(date, LocalDate.parse(p.get(date).asText()).toString());
                } catch (DateTimeParseException e) {
                    throw new RowRejected(
                            "invalid-date", date + " '" + p.get(date).asText() + "' is not a date");
                }
            }
        }
        return new Application(
                RegistrationType.FIRST,
                code,
                holders(p.path("holders")),
                details,
                Optional.of(new NewUnit(Optional.of(parcel), Optional.empty())));
    }

    private static List<RegisteredParty> holders(JsonNode holders) {
        if (!holders.isArray() || holders.isEmpty()) {
            throw new RowRejected("missing-holders", "holders must list at least one holder");
        }
        List<RegisteredParty> parties = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            JsonNode h = holders.get(i);
            String where = "holders[" + i + "]";
            try {
                Party party = new Party(text(h, "name"), IdType.ofWireName(text(h, "idType")), text(h, "idNumber"));
                Optional<Share> share = h.hasNonNull("share")
                        ? Optional.of(Share.parse(h.get("share").asText()))
                        : Optional.empty();
                parties.add(new RegisteredParty(PartyRole.HOLDER, party, share));
            } catch (RowRejected e) {
                throw new RowRejected(e.rule(), where + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new RowRejected("invalid-holder", where + ": " + e.getMessage());
            }
        }
        return parties;
    }

    private Footprint footprint(JsonNode geometry) {
        if (!"Polygon".equals(geometry.path("type").asText())) {
            throw new RowRejected("invalid-geometry", "the geometry must be a Polygon, not " + geometry.path("type"));
        }
        JsonNode rings = geometry.path("coordinates");
        if (!rings.isArray() || rings.isEmpty()) {
            throw new RowRejected("invalid-geometry", "the Polygon has no rings");
        }
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        LinearRing shell = ring(rings.get(0));
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        Polygon polygon = GF.createPolygon(shell, holes);
        try {
            return Footprint.ofEpsg4549(lonLat ? (Polygon) transform.toGrid(polygon) : polygon);
        } catch (IllegalArgumentException e) {
            throw new RowRejected("invalid-geometry", e.getMessage());
        }
    }

    private LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4) {
            throw new RowRejected("invalid-geometry", "a ring needs at least 4 positions");
        }
        Coordinate[] c = new Coordinate[positions.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray()
                    || p.size() < 2
                    || !p.get(0).isNumber()
                    || !p.get(1).isNumber()) {
                throw new RowRejected("invalid-geometry", "position " + i + " is not [x, y]");
            }
            c[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            throw new RowRejected("invalid-geometry", "a ring must end where it starts");
        }
        return GF.createLinearRing(c);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
            throw new RowRejected("missing-field", "the feature needs a text property '" + field + "'");
        }
        return v.asText();
    }

    private static Double number(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new RowRejected("missing-field", "the feature needs a number property '" + field + "'");
            }
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new RowRejected("invalid-number", "'" + field + "' must be a number, not " + v);
        }
        return v.asDouble();
    }
}
