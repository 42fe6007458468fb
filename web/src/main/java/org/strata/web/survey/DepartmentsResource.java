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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.strata.registry.survey.Department;
import org.strata.registry.survey.SurveyItem;
import org.strata.registry.survey.SurveySharing;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;
import org.strata.web.http.Requests;

/** Department views of accepted packages (projections, every read logged) and their review decisions per item. */
@Path("/api/v1/departments/{dept}")
@Produces(MediaType.APPLICATION_JSON)
public final class DepartmentsResource {
    private final SurveySharing sharing;

    @Context
    private SecurityContext security;

    /** The resource over sharing. */
    public DepartmentsResource(SurveySharing sharing) {
        this.sharing = sharing;
    }

    /** What the department sees of a project's accepted packages. */
    @GET
    @Path("results")
    public SurveyJson.DepartmentResultsView results(
            @PathParam("dept") String dept,
            @QueryParam("project") String project,
            @QueryParam("purpose") String purpose) {
        var actor = Callers.require(security);
        Department d = department(dept);
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("missing-project", "name the project: ?project=CODE");
        }
        List<SurveyJson.SharedPackageView> packages =
                sharing.results(actor, d, project, purpose == null ? "review" : purpose).stream()
                        .map(r -> new SurveyJson.SharedPackageView(
                                r.surveyPackage().id(),
                                r.surveyPackage().stage().wireName(),
                                r.surveyPackage().version(),
                                r.items().stream().map(SurveyItem::wireName).toList(),
                                SurveyJson.parts(r.parts()).stream()
                                        .map(p -> new SurveyJson.SharedPartView(
                                                p,
                                                "/api/v1/departments/" + dept + "/packages/"
                                                        + r.surveyPackage().id() + "/parts/" + p.path()))
                                        .toList(),
                                r.reviews().stream().map(SurveyJson::entry).toList()))
                        .toList();
        return new SurveyJson.DepartmentResultsView(d.wireName(), project, packages);
    }

    /** The bytes of one shared part. */
    @GET
    @Path("packages/{id}/parts/{path: .+}")
    @Produces(MediaType.WILDCARD)
    public Response part(
            @PathParam("dept") String dept,
            @PathParam("id") String id,
            @PathParam("path") String path,
            @QueryParam("purpose") String purpose) {
        var actor = Callers.require(security);
        byte[] bytes = sharing.part(actor, department(dept), id, path, purpose == null ? "review" : purpose);
        String type =
                path.endsWith(".csv") ? "text/csv" : path.endsWith(".pdf") ? "application/pdf" : "application/json";
        return Response.ok(bytes, type).build();
    }

    /** Records a review decision: {@code {"package": id, "item": ..., "decision": "approved"|"returned", "comment"}}. */
    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(
            @PathParam("dept") String dept,
            @RequestBody(content = @Content(schema = @Schema(implementation = SurveyRequests.Review.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        SurveyRequests.Review request = Requests.read(body, SurveyRequests.Review.class);
        var e = sharing.review(
                actor,
                department(dept),
                request.packageId(),
                request.itemValue(),
                request.decision(),
                request.commentOrEmpty());
        return Response.status(201).entity(SurveyJson.entry(e)).build();
    }

    private static Department department(String code) {
        try {
            return Department.ofWireName(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("department-not-found", e.getMessage());
        }
    }
}
