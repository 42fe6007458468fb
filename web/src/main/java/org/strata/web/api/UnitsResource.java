package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.UnitLookup;
import org.strata.registry.cases.RegisterQueries;
import org.strata.registry.unit.UnitCode;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;

/**
 * A unit in the register, looked up with a purpose and answered in the asker's tier (officers and holders see the
 * register state, the public the natural status and flags): now, {@code ?asOf=} (as registered at that time) or
 * {@code ?validAt=} (as legally valid then); and, for officers, its history. A date means the end of that day in
 * China Standard Time. Every lookup is recorded and answered with a receipt.
 */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public final class UnitsResource {
    private final RegisterQueries queries;
    private final UnitLookup lookup;

    @Context
    private SecurityContext security;

    /** The resource over the register queries and the tiered lookup. */
    public UnitsResource(RegisterQueries queries, UnitLookup lookup) {
        this.queries = queries;
        this.lookup = lookup;
    }

    /** The unit's holders, rights and restrictions, each with its event id. */
    @GET
    @Path("{code}")
    public Response unit(
            @PathParam("code") String code,
            @QueryParam("purpose") String purposeName,
            @QueryParam("caseRef") String caseRef,
            @QueryParam("asOf") String asOf,
            @QueryParam("validAt") String validAt) {
        var actor = Callers.require(security);
        UnitCode unit = UnitCode.parse(code);
        Purpose purpose = Purposes.required(purposeName);
        if (asOf != null && validAt != null) {
            throw ApiException.badRequest("invalid-view", "give asOf or validAt, not both");
        }
        UnitLookup.When when = new UnitLookup.When.Now();
        UnitViews.ViewTime described = new UnitViews.ViewTime("current", null);
        if (asOf != null) {
            Instant t = time("asOf", asOf);
            when = new UnitLookup.When.AsOf(t);
            described = new UnitViews.ViewTime("asOf", t.toString());
        } else if (validAt != null) {
            Instant t = time("validAt", validAt);
            when = new UnitLookup.When.ValidAt(t);
            described = new UnitViews.ViewTime("validAt", t.toString());
        }
        UnitLookup.Answer answer = lookup.lookup(actor, unit, purpose, Optional.ofNullable(caseRef), when);
        Object body = answer.unit().full().isPresent()
                ? RegisterJson.state(answer.unit().full().get(), described)
                        .answering(answer.unit().tier().wireName(), purpose.wireName(), answer.receipt())
                : RegisterJson.publicView(answer.unit(), described, purpose.wireName(), answer.receipt());
        return Response.ok(body).header("X-Query-Receipt", answer.receipt()).build();
    }

    /** The unit's events, oldest first. */
    @GET
    @Path("{code}/history")
    public History history(@PathParam("code") String code) {
        var actor = Callers.require(security);
        UnitCode unit = UnitCode.parse(code);
        return new History(
                unit.toString(),
                queries.history(actor, unit).stream().map(RegisterJson::event).toList());
    }

    /** A unit's registered events, oldest first. */
    public record History(String unitCode, List<CaseViews.Event> events) {}

    static Instant time(String name, String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.ofHours(8))
                        .toInstant()
                        .minusNanos(1);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "invalid-time",
                    name + " '" + text + "' is neither a date (2026-01-31) nor an instant (2026-01-31T08:00:00Z)");
        }
    }
}
