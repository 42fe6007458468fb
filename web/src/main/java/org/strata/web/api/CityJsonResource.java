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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.io.CityJson;
import org.strata.geo.model.Solid;
import org.strata.geo.op.PrismSolid;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.UnitLookup;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.port.CadastreStore;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;
import org.strata.web.ogc.ItemsParameters;

/**
 * {@code GET /api/v1/cityjson?bbox=…&purpose=…}: the registered volumes of a box as CityJSON 2.0 — each a city object
 * with one LoD 2 solid (its footprint extruded between its bounds) in EPSG:4549 metres, heights in the 1985 datum,
 * with its unit code and public attributes — or, with {@code f=jsonl}, as CityJSONSeq. Volumes open above or below
 * have no solid and are left out, counted in the metadata. Signed-in users; the query is recorded.
 */
@Path("/api/v1/cityjson")
public final class CityJsonResource {
    /** The CRS of the coordinates. */
    static final String REFERENCE_SYSTEM = "https://www.opengis.net/def/crs/EPSG/0/4549";

    private final CadastreStore cadastre;
    private final GridTransform transform;
    private final UnitLookup lookup;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    /** The resource over the cadastre. */
    public CityJsonResource(CadastreStore cadastre, GridTransform transform, UnitLookup lookup) {
        this.cadastre = cadastre;
        this.transform = transform;
        this.lookup = lookup;
    }

    /** The volumes of a box as CityJSON (or CityJSONSeq with {@code f=jsonl}). */
    @GET
    @Produces({"application/city+json", "application/city+json-seq"})
    public Response cityJson() {
        var actor = Callers.require(security);
        MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>(uri.getQueryParameters());
        Purpose purpose = Purposes.required(parameters.getFirst("purpose"));
        String format = Optional.ofNullable(parameters.getFirst("f")).orElse("json");
        Optional<String> caseRef = Optional.ofNullable(parameters.getFirst("caseRef"));
        if (!format.equals("json") && !format.equals("jsonl")) {
            throw ApiException.badRequest("invalid-f", "f is json (CityJSON) or jsonl (CityJSONSeq), not " + format);
        }
        for (String name : List.of("purpose", "caseRef", "f")) {
            parameters.remove(name);
        }
        if (!parameters.containsKey("bbox")) {
            throw ApiException.badRequest(
                    "invalid-bbox", "CityJSON is served for a bbox (minLon,minLat,maxLon,maxLat)");
        }
        parameters.putIfAbsent("limit", List.of(Integer.toString(AreaQuery.MAX_LIMIT)));
        ItemsParameters area = ItemsParameters.parse(parameters, transform);
        List<RegisteredVolume> volumes = area.outsideAreaOfUse()
                ? List.of()
                : cadastre.volumes(area.query()).items();
        List<CityJson.CityObject> objects = new ArrayList<>();
        int open = 0;
        for (RegisteredVolume v : volumes) {
            Optional<Solid> solid = PrismSolid.of(v.prism());
            if (solid.isEmpty()) {
                open++;
                continue;
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("unitCode", v.unitCode().toString());
            attributes.put("kind", v.kind() == RegisteredVolume.Kind.PARCEL ? "land-unit" : "building-unit");
            attributes.put("lowerHeight", v.prism().heights().bottomOrNull());
            attributes.put("upperHeight", v.prism().heights().topOrNull());
            attributes.put("heightDatum", "1985 national height datum");
            objects.add(new CityJson.CityObject(v.unitCode().toString(), "GenericCityObject", solid.get(), attributes));
        }
        String receipt = lookup.recordArea(
                actor,
                purpose,
                caseRef,
                volumes.stream().map(RegisteredVolume::unitCode).toList());
        Response.ResponseBuilder answer;
        if (format.equals("jsonl")) {
            answer = Response.ok(lines(CityJson.writeSeq(objects, REFERENCE_SYSTEM)), "application/city+json-seq");
        } else {
            Map<String, Object> doc = CityJson.write(objects, REFERENCE_SYSTEM);
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) doc.get("metadata"));
            metadata.put("title", "Strata registered volumes");
            metadata.put("openVolumesLeftOut", open);
            doc.put("metadata", metadata);
            answer = Response.ok(doc, "application/city+json");
        }
        return answer.header("X-Query-Receipt", receipt).build();
    }

    private static byte[] lines(List<Map<String, Object>> lines) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map<String, Object> line : lines) {
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
