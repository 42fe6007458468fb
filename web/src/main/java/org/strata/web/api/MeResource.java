package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.strata.registry.access.Interest;
import org.strata.registry.access.UnitLookup;
import org.strata.registry.unit.UnitCode;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;
import org.strata.web.http.Requests;

/** The asker's own: {@code /api/v1/me/units}, {@code /api/v1/me/access-log}, and receipts at {@code /api/v1/receipts/{id}}. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {
    private final UnitLookup lookup;

    @Context
    private SecurityContext security;

    /** The resource over the lookup. */
    public MeResource(UnitLookup lookup) {
        this.lookup = lookup;
    }

    /** The units the caller holds. */
    @GET
    @Path("me/units")
    public UnitViews.MyUnits units() {
        var actor = Callers.require(security);
        return new UnitViews.MyUnits(lookup.myUnits(actor).stream()
                .map(u -> RegisterJson.state(u.full().orElseThrow(), new UnitViews.ViewTime("current", null)))
                .toList());
    }

    /** Who looked at the caller's units, and why, newest first. */
    @GET
    @Path("me/access-log")
    public AccessLog accessLog() {
        var actor = Callers.require(security);
        return new AccessLog(lookup.accessLog(actor, 500).stream()
                .map(RegisterJson::queryRecord)
                .toList());
    }

    /** An interest accepted: whom it lets see which unit, until when. */
    public record InterestAccepted(String id, String subject, String unitCode, String validUntil) {}

    /** Who looked at the caller's units, newest first. */
    public record AccessLog(List<CaseViews.Query> queries) {}

    /**
     * An officer accepts an interested party's evidence: {@code {"subject", "unitCode", "evidence", "days"}}; the
     * subject may then query the unit in the interested tier.
     */
    @POST
    @Path("interests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response acceptInterest(
            @RequestBody(content = @Content(schema = @Schema(implementation = CaseRequests.Interest.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        CaseRequests.Interest request = Requests.read(body, CaseRequests.Interest.class);
        Interest interest = lookup.acceptInterest(
                actor,
                request.subject(),
                UnitCode.parse(request.unitCode()),
                request.evidenceOrEmpty(),
                request.daysOrDefault());
        InterestAccepted answer = new InterestAccepted(
                interest.id(),
                interest.subject(),
                interest.unitCode(),
                interest.validUntil().toString());
        return Response.status(201).entity(answer).build();
    }

    /** Verifies a receipt: the recorded query behind it, for the asker who got it or an officer. */
    @GET
    @Path("receipts/{id}")
    public CaseViews.Query receipt(@PathParam("id") String id) {
        var actor = Callers.require(security);
        return RegisterJson.queryRecord(lookup.receipt(actor, id)
                .orElseThrow(() -> ApiException.notFound(
                        "receipt-not-found", "no query with receipt " + id + " that you may see")));
    }
}
