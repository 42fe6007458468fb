package org.strata.web.survey;

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
import java.net.URI;
import java.util.List;
import org.strata.registry.survey.InspectionDraw;
import org.strata.registry.survey.Inspections;
import org.strata.web.auth.Callers;
import org.strata.web.http.Requests;

/** Quality inspection: random draws with a stored seed, their replay, and inspection results. */
@Path("/api/v1/inspections/draws")
@Produces(MediaType.APPLICATION_JSON)
public final class InspectionsResource {
    private final Inspections inspections;

    @Context
    private SecurityContext security;

    /** The resource over inspections. */
    public InspectionsResource(Inspections inspections) {
        this.inspections = inspections;
    }

    /** Draws: {@code {"packages": n, "inspectors": [...], "seed": "..."}} (seed optional). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draw(
            @RequestBody(content = @Content(schema = @Schema(implementation = SurveyRequests.NewDraw.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        SurveyRequests.NewDraw request = Requests.read(body, SurveyRequests.NewDraw.class);
        InspectionDraw d =
                inspections.draw(actor, request.seedValue(), request.packages(), Requests.list(request.inspectors()));
        return Response.created(URI.create("/api/v1/inspections/draws/" + d.id()))
                .entity(SurveyJson.draw(d))
                .build();
    }

    /** A stored draw. */
    @GET
    @Path("{id}")
    public SurveyJson.DrawView get(@PathParam("id") String id) {
        return SurveyJson.draw(inspections.get(Callers.require(security), id));
    }

    /** The draw made again from its stored seed: the same packages and inspectors. */
    @GET
    @Path("{id}/replay")
    public SurveyJson.ReplayView replay(@PathParam("id") String id) {
        var actor = Callers.require(security);
        InspectionDraw stored = inspections.get(actor, id);
        InspectionDraw again = inspections.replay(actor, id);
        return new SurveyJson.ReplayView(
                SurveyJson.draw(again),
                stored.packages().equals(again.packages())
                        && stored.inspectors().equals(again.inspectors()));
    }

    /** Records a result: {@code {"package": id, "checkPoints": n, "grossErrors": n, "errors": n}}. */
    @POST
    @Path("{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response inspect(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = SurveyRequests.Result.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        SurveyRequests.Result result = Requests.read(body, SurveyRequests.Result.class);
        var i = inspections.inspect(
                actor, id, result.packageId(), result.checkPoints(), result.grossErrors(), result.errors());
        return Response.status(201).entity(SurveyJson.inspection(i)).build();
    }

    /** The results of a draw. */
    @GET
    @Path("{id}/results")
    public List<SurveyJson.InspectionView> results(@PathParam("id") String id) {
        return inspections.inspections(Callers.require(security), id).stream()
                .map(SurveyJson::inspection)
                .toList();
    }
}
