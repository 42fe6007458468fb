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
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.strata.registry.survey.Commission;
import org.strata.registry.survey.Stage;
import org.strata.registry.survey.SurveyCommissions;
import org.strata.registry.survey.SurveyItem;
import org.strata.registry.survey.SurveyUploads;
import org.strata.registry.survey.Upload;
import org.strata.web.auth.Callers;
import org.strata.web.http.Requests;

/** Commissions — one per project and stage — and the packages uploaded to them. */
@Path("/api/v1/commissions")
@Produces(MediaType.APPLICATION_JSON)
public final class CommissionsResource {
    private final SurveyCommissions survey;
    private final SurveyUploads uploads;

    @Context
    private SecurityContext security;

    /** The resource over the commissions and uploads use cases. */
    public CommissionsResource(SurveyCommissions survey, SurveyUploads uploads) {
        this.uploads = uploads;
        this.survey = survey;
    }

    /** The commissions the caller may see (a surveyor: their firm's). */
    @GET
    public List<SurveyJson.CommissionView> list() {
        return survey.commissions(Callers.require(security)).stream()
                .map(SurveyJson::commission)
                .toList();
    }

    /** Registers a commission: projectCode, stage, firm, items (all of the stage when empty). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(
            @RequestBody(content = @Content(schema = @Schema(implementation = SurveyRequests.NewCommission.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        survey.requireManager(actor);
        SurveyRequests.NewCommission request = Requests.read(body, SurveyRequests.NewCommission.class);
        Stage stage = request.stageValue();
        List<SurveyItem> items = request.itemValues().stream().toList();
        Commission c = survey.addCommission(actor, request.projectCode(), stage, request.firm(), items);
        return Response.created(URI.create("/api/v1/commissions/" + c.id()))
                .entity(SurveyJson.commission(c))
                .build();
    }

    /** One commission. */
    @GET
    @Path("{id}")
    public SurveyJson.CommissionView get(@PathParam("id") String id) {
        return SurveyJson.commission(survey.commission(Callers.require(security), id));
    }

    /** The package versions of a commission. */
    @GET
    @Path("{id}/packages")
    public List<SurveyJson.PackageView> packages(@PathParam("id") String id) {
        return uploads.packagesOf(Callers.require(security), id).stream()
                .map(SurveyJson::surveyPackage)
                .toList();
    }

    /**
     * Uploads a combined package (the ZIP is the body): 201 with id, version, status and report when accepted, 422
     * with the report when rejected.
     */
    @POST
    @Path("{id}/packages")
    @Consumes("application/zip")
    public Response upload(@PathParam("id") String id, InputStream body) {
        var actor = Callers.require(security);
        byte[] zip = Bodies.bounded(body, uploads.rules().whole("zip.max-uncompressed-bytes"));
        Upload u = uploads.upload(actor, id, zip);
        SurveyJson.UploadView answer = new SurveyJson.UploadView(
                u.stored().id(), u.stored().version(), u.stored().status().wireName(), SurveyJson.report(u.report()));
        return Response.created(URI.create("/api/v1/packages/" + u.stored().id()))
                .entity(answer)
                .build();
    }
}
