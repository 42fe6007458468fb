package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.UnitCode;

/** {@code GET /api/v1/unit-codes/{code}}: checks a unit code and reads its parts; a bad code answers 400 naming the part. */
@Path("/api/v1/unit-codes")
@Produces(MediaType.APPLICATION_JSON)
public final class UnitCodeResource {
    /** The parts of a valid code. */
    @GET
    @Path("{code}")
    public Parts parts(@PathParam("code") String text) {
        UnitCode code = UnitCode.parse(text);
        ParcelCode parcel = code.parcel();
        return new Parts(
                code.toString(),
                parcel.toString(),
                parcel.county(),
                String.format("%03d", parcel.zone()),
                String.format("%03d", parcel.subZone()),
                new Letter(parcel.ownership().name(), parcel.ownership().meaning()),
                new Letter(parcel.rightLetter().name(), parcel.rightLetter().meaning()),
                code.layer().wireName(),
                String.format("%05d", parcel.sequence()),
                new Letter(code.fixture().name(), code.fixture().meaning()),
                code.fixtureNumber(),
                code.isLandUnit());
    }

    /** A code letter and what it means. */
    public record Letter(String letter, String meaning) {}

    /** The parts of a unit code (GB/T 37346). */
    public record Parts(
            String unitCode,
            String parcelCode,
            String county,
            String zone,
            String subZone,
            Letter ownership,
            Letter rightLetter,
            String layer,
            String sequence,
            Letter fixture,
            String fixtureNumber,
            boolean landUnit) {}
}
