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
import org.strata.registry.survey.Firm;
import org.strata.registry.survey.Project;
import org.strata.registry.survey.SurveyCommissions;
import org.strata.web.auth.Callers;
import org.strata.web.http.Requests;

/** Projects and surveying firms with their credit records; the published manifest schema. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectsResource {
    private final SurveyCommissions survey;

    @Context
    private SecurityContext security;

    /** The resource over the commissions use case. */
    public ProjectsResource(SurveyCommissions survey) {
        this.survey = survey;
    }

    /** The projects. */
    @GET
    @Path("projects")
    public List<SurveyJson.ProjectView> projects() {
        return survey.projects(Callers.require(security)).stream()
                .map(SurveyJson::project)
                .toList();
    }

    /** One project. */
    @GET
    @Path("projects/{code}")
    public SurveyJson.ProjectView project(@PathParam("code") String code) {
        return SurveyJson.project(survey.project(Callers.require(security), code));
    }

    /** Registers a project: code, name, county, builderName, builderId, parcelCodes, permits. */
    @POST
    @Path("projects")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addProject(
            @RequestBody(content = @Content(schema = @Schema(implementation = SurveyRequests.NewProject.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        survey.requireManager(actor);
        Project p = Requests.read(body, SurveyRequests.NewProject.class).project();
        survey.addProject(actor, p);
        return Response.created(URI.create("/api/v1/projects/" + p.code()))
                .entity(SurveyJson.project(p))
                .build();
    }

    /** The firms. */
    @GET
    @Path("firms")
    public List<SurveyJson.FirmView> firms() {
        return survey.firms(Callers.require(security)).stream()
                .map(SurveyJson::firm)
                .toList();
    }

    /** Registers a firm: id, name, qualification, surveyors. */
    @POST
    @Path("firms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addFirm(
            @RequestBody(content = @Content(schema = @Schema(implementation = SurveyRequests.NewFirm.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        survey.requireManager(actor);
        Firm f = Requests.read(body, SurveyRequests.NewFirm.class).firm();
        survey.addFirm(actor, f);
        return Response.created(URI.create("/api/v1/firms/" + f.id()))
                .entity(SurveyJson.firm(f))
                .build();
    }

    /** A firm with its credit record and score. */
    @GET
    @Path("firms/{id}")
    public SurveyJson.FirmRecordView firm(@PathParam("id") String id) {
        return SurveyJson.firmRecord(survey.firm(Callers.require(security), id));
    }

    /** Appends a credit event: kind, reference, evidence. */
    @POST
    @Path("firms/{id}/credit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addCredit(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = SurveyRequests.NewCredit.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        SurveyRequests.NewCredit credit = Requests.read(body, SurveyRequests.NewCredit.class);
        var e = survey.addCredit(actor, id, credit.creditKind(), credit.referenceOrEmpty(), credit.evidence());
        return Response.status(201).entity(SurveyJson.credit(e)).build();
    }

    /** The JSON Schema of manifest.json, format 1.0 (public documentation). */
    @GET
    @Path("schemas/survey-package/1.0/manifest.json")
    @Produces("application/schema+json")
    public byte[] manifestSchema() {
        return ManifestJson.schemaBytes();
    }
}
