package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.crs.HeightConversion;
import org.strata.geo.io.CzmlPolygon;
import org.strata.geo.model.HeightRange;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.UnitLookup;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.Availability;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.unit.UnitCode;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;
import org.strata.web.ogc.ItemsParameters;

/**
 * {@code GET /api/v1/czml?bbox=…&purpose=…}: the registered volumes in a box as CZML for CesiumJS — polygons with
 * {@code height} and {@code extrudedHeight} in metres above the ellipsoid (1985-datum heights plus the
 * configured geoid offset), ids equal to unit codes, {@code availability} from the register's validity.
 * A volume open below or above is drawn flat at the ground reference, its openness said in its properties.
 */
@Path("/api/v1/czml")
@Produces("application/json")
public final class CzmlResource {
    private static final String FOREVER = "9999-12-31T23:59:59Z";

    private final CadastreStore cadastre;
    private final RegisterStore register;
    private final GridTransform transform;
    private final HeightConversion heights;
    private final double groundMetres;
    private final UnitLookup lookup;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    /** The resource. */
    public CzmlResource(
            CadastreStore cadastre,
            RegisterStore register,
            GridTransform transform,
            HeightConversion heights,
            double groundMetres,
            UnitLookup lookup) {
        this.cadastre = cadastre;
        this.register = register;
        this.transform = transform;
        this.heights = heights;
        this.groundMetres = groundMetres;
        this.lookup = lookup;
    }

    /** The CZML document. */
    @GET
    public Response czml() {
        var actor = Callers.require(security);
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>(uri.getQueryParameters());
        Purpose purpose = Purposes.required(parameters.getFirst("purpose"));
        String caseRef = parameters.getFirst("caseRef");
        parameters.remove("purpose");
        parameters.remove("caseRef");
        if (!parameters.containsKey("bbox")) {
            throw ApiException.badRequest("invalid-bbox", "CZML is served for a bbox (minLon,minLat,maxLon,maxLat)");
        }
        parameters.putIfAbsent("limit", List.of(Integer.toString(AreaQuery.MAX_LIMIT)));
        ItemsParameters area = ItemsParameters.parse(parameters, transform);
        List<RegisteredVolume> volumes = area.outsideAreaOfUse()
                ? List.of()
                : cadastre.volumes(area.query()).items();
        Map<UnitCode, List<RegisterEvent>> events = register.eventsOfUnits(
                volumes.stream().map(RegisteredVolume::unitCode).toList());
        List<Map<String, Object>> packets = new ArrayList<>();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", "document");
        document.put("name", "Strata registered volumes");
        document.put("version", "1.0");
        packets.add(document);
        for (RegisteredVolume v : volumes) {
            packets.add(packet(v, Availability.of(events.getOrDefault(v.unitCode(), List.of()))));
        }
        String receipt = lookup.recordArea(
                actor,
                purpose,
                Optional.ofNullable(caseRef),
                volumes.stream().map(RegisteredVolume::unitCode).toList());
        return Response.ok(packets).header("X-Query-Receipt", receipt).build();
    }

    private Map<String, Object> packet(RegisteredVolume v, Optional<Availability> availability) {
        Map<String, Object> packet = new LinkedHashMap<>();
        packet.put("id", v.unitCode().toString());
        packet.put("name", v.unitCode().toString());
        availability.ifPresent(a -> packet.put(
                "availability", a.start() + "/" + a.end().map(Object::toString).orElse(FOREVER)));
        HeightRange h = v.prism().heights();
        Map<String, Object> polygon = new LinkedHashMap<>();
        polygon.putAll(CzmlPolygon.properties(v.prism().footprint().polygon(), transform::toLonLat));
        if (h.isBounded()) {
            polygon.put("height", round(heights.toEllipsoidal(h.bottomOrNull())));
            polygon.put("extrudedHeight", round(heights.toEllipsoidal(h.topOrNull())));
        } else {
            polygon.put("height", round(heights.toEllipsoidal(groundMetres)));
        }
        polygon.put("material", Map.of("solidColor", Map.of("color", Map.of("rgba", colour(v)))));
        polygon.put("outline", true);
        polygon.put("outlineColor", Map.of("rgba", List.of(40, 40, 40, 255)));
        packet.put("polygon", polygon);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", v.kind() == RegisteredVolume.Kind.PARCEL ? "land-unit" : "building-unit");
        properties.put("layer", v.unitCode().layer().wireName());
        // CZML has no null: an open bound is left out
        if (h.bottomOrNull() != null) {
            properties.put("lower", h.bottomOrNull());
        }
        if (h.topOrNull() != null) {
            properties.put("upper", h.topOrNull());
        }
        properties.put("heightDatum", "1985 national height datum");
        packet.put("properties", properties);
        return packet;
    }

    private static List<Integer> colour(RegisteredVolume v) {
        if (v.kind() == RegisteredVolume.Kind.UNIT) {
            return List.of(120, 170, 230, 200);
        }
        return switch (v.unitCode().layer()) {
            case UNDERGROUND -> List.of(150, 90, 200, 170);
            case ABOVE_GROUND -> List.of(240, 150, 40, 200);
            default -> List.of(90, 180, 90, 110);
        };
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
