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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.strata.registry.survey.SurveyPackage;
import org.strata.registry.survey.SurveyReview;
import org.strata.registry.survey.SurveySharing;
import org.strata.registry.survey.SurveyUploads;
import org.strata.web.auth.Callers;
import org.strata.web.http.Requests;

/** Stored packages: metadata, check reports, reviewers' waivers of warnings, and the entries on a package. */
@Path("/api/v1/packages")
@Produces(MediaType.APPLICATION_JSON)
public final class PackagesResource {
    private final SurveyUploads survey;
    private final SurveyReview review;
    private final SurveySharing sharing;

    @Context
    private SecurityContext security;

    /** The resource over the survey services. */
    public PackagesResource(SurveyUploads survey, SurveyReview review, SurveySharing sharing) {
        this.review = review;
        this.survey = survey;
        this.sharing = sharing;
    }

    /** A package with its open warnings. */
    @GET
    @Path("{id}")
    public SurveyJson.PackageReviewView get(@PathParam("id") String id) {
        SurveyPackage p = survey.surveyPackage(Callers.require(security), id);
        return new SurveyJson.PackageReviewView(
                SurveyJson.surveyPackage(p),
                review.openWarnings(p).stream().sorted().toList());
    }

    /** The check report of a package, or of a rejected upload by its report id. */
    @GET
    @Path("{id}/report")
    public SurveyJson.ReportView report(@PathParam("id") String id) {
        return SurveyJson.report(survey.report(Callers.require(security), id));
    }

    /** A reviewer waives a warning: {@code {"rule": "...", "reason": "..."}}. */
    @POST
    @Path("{id}/waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    public SurveyJson.PackageReviewView waive(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = SurveyRequests.Waiver.class)))
                    JsonNode body) {
        var actor = Callers.require(security);
        SurveyRequests.Waiver waiver = Requests.read(body, SurveyRequests.Waiver.class);
        SurveyPackage p = review.waive(actor, id, waiver.rule(), waiver.reason());
        return new SurveyJson.PackageReviewView(
                SurveyJson.surveyPackage(p),
                review.openWarnings(p).stream().sorted().toList());
    }

    /** The entries on a package — reads, reviews, comments, waivers, reuse, cases — for staff. */
    @GET
    @Path("{id}/entries")
    public List<SurveyJson.EntryView> entries(@PathParam("id") String id) {
        return sharing.entries(Callers.require(security), id).stream()
                .map(SurveyJson::entry)
                .toList();
    }
}
