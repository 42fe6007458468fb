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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.strata.registry.actor.Officers;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.survey.SurveyRegistration;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;
import org.strata.web.http.Requests;

/** Registration cases for officers: submit, read, accept, review, record. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public final class CasesResource {
    /** When {@code unit.footprint} ([easting, northing]) gave way to {@code unit.volume} in the CRS's order. */
    static final java.time.Instant FOOTPRINT_DEPRECATED = java.time.Instant.parse("2026-12-02T00:00:00Z");

    private final CaseService cases;
    private final SurveyRegistration survey;

    @Context
    private SecurityContext security;

    /** The resource over the workflow and registration's reuse of survey results. */
    public CasesResource(CaseService cases, SurveyRegistration survey) {
        this.cases = cases;
        this.survey = survey;
    }

    /** Lists cases by origin: {@code ?origin=survey} gives those opened from accepted completion packages. */
    @GET
    public List<CaseViews.Case> list(@QueryParam("origin") String origin) {
        var actor = Callers.require(security);
        if (!"survey".equals(origin)) {
            throw ApiException.badRequest("invalid-origin", "list cases by origin: ?origin=survey");
        }
        return survey.surveyCases(actor).stream()
                .map(RegisterJson::registrationCase)
                .toList();
    }

    /** Submits an application; 201 with the case id, status and the rules' findings. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(
            @RequestBody(content = @Content(schema = @Schema(implementation = CaseApplication.class))) JsonNode body) {
        var actor = Callers.require(security);
        Officers.requireAny(actor);
        CaseApplication application = CaseApplication.read(body);
        RegistrationCase c = survey.submit(actor, application.toApplication());
        CaseViews.Submitted answer =
                new CaseViews.Submitted(c.id(), c.status().wireName(), RegisterJson.findings(c.findings()));
        Response.ResponseBuilder created =
                Response.created(URI.create("/api/v1/cases/" + c.id())).entity(answer);
        if (application.usesDeprecatedFootprint()) {
            // RFC 9745: the form is deprecated since the date given; it keeps working
            created.header("Deprecation", "@" + FOOTPRINT_DEPRECATED.getEpochSecond())
                    .header("Link", "</api/v1/openapi.json>; rel=\"deprecation\"; type=\"application/json\"");
        }
        return created.build();
    }

    /** One case. */
    @GET
    @Path("{id}")
    public CaseViews.Case get(@PathParam("id") String id) {
        return RegisterJson.registrationCase(cases.get(Callers.require(security), id));
    }

    /** Accepts a submitted case. */
    @POST
    @Path("{id}/accept")
    public CaseViews.Transition accept(@PathParam("id") String id) {
        return RegisterJson.transition(cases.accept(Callers.require(security), id));
    }

    /** Reviews an accepted case: {@code {"decision": "approve"|"reject", "reason": "..."}}. */
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Transition review(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = CaseRequests.Review.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        CaseRequests.Review review = Requests.read(body, CaseRequests.Review.class);
        return RegisterJson.transition(cases.review(actor, id, review.approves(), review.reasonOrEmpty()));
    }

    /** Records an approved case; {@code {"approve": true}} first accepts and approves a submitted one. */
    @POST
    @Path("{id}/record")
    public CaseViews.Transition record(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = CaseRequests.Record.class)))
                    String body) {
        var actor = Callers.require(security);
        CaseRequests.Record request = Requests.read(body, CaseRequests.Record.class);
        return RegisterJson.transition(survey.record(actor, id, request.approves()));
    }
}
