package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.UnitCode;

/** {@code GET /api/v1/unit-codes/{code}}: checks a unit code and reads its parts; a bad code answers 400 naming the part. */
@Path("/api/v1/unit-codes")
@Produces(MediaType.APPLICATION_JSON)
public final class UnitCodeResource {
    /** The parts of a valid code. */
    @GET
    @Path("{code}")
    public Map<String, Object> parts(@PathParam("code") String text) {
        UnitCode code = UnitCode.parse(text);
        ParcelCode parcel = code.parcel();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", code.toString());
        body.put("parcelCode", parcel.toString());
        body.put("county", parcel.county());
        body.put("zone", String.format("%03d", parcel.zone()));
        body.put("subZone", String.format("%03d", parcel.subZone()));
        body.put(
                "ownership",
                Map.of(
                        "letter",
                        parcel.ownership().name(),
                        "meaning",
                        parcel.ownership().meaning()));
        body.put(
                "rightLetter",
                Map.of(
                        "letter",
                        parcel.rightLetter().name(),
                        "meaning",
                        parcel.rightLetter().meaning()));
        body.put("layer", code.layer().wireName());
        body.put("sequence", String.format("%05d", parcel.sequence()));
        body.put(
                "fixture",
                Map.of(
                        "letter",
                        code.fixture().name(),
                        "meaning",
                        code.fixture().meaning()));
        body.put("fixtureNumber", code.fixtureNumber());
        body.put("landUnit", code.isLandUnit());
        return body;
    }
}
