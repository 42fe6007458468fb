package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.online.ApplicationDesk;
import org.strata.registry.online.ApplicationParties;
import org.strata.registry.online.Applications;
import org.strata.registry.online.StandardCase;
import org.strata.registry.online.TimeLimits;
import org.strata.registry.party.IdNumbers;
import org.strata.web.auth.Callers;
import org.strata.web.http.ApiException;
import org.strata.web.http.Requests;
import org.strata.web.http.Texts;

/**
 * Online applications (一网通办): parties file, confirm, decline, complete and withdraw them; officers work them from
 * a worklist — accept or not, request a correction, approve, refuse, record. A party sees only the applications that
 * name them; anyone else is told there is no such application.
 */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
public final class ApplicationsResource {
    private final Applications applications;
    private final ApplicationDesk desk;

    @Context
    private SecurityContext security;

    /** The resource over the parties' side and the officers' desk. */
    public ApplicationsResource(Applications applications, ApplicationDesk desk) {
        this.applications = applications;
        this.desk = desk;
    }

    /** Files an application; with {@code Idempotency-Key}, a retry answers the application already filed. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(content = @Content(schema = @Schema(implementation = CaseApplication.class))) JsonNode body) {
        Actor actor = Callers.require(security);
        CaseApplication application = CaseApplication.read(body);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ApiException.badRequest("invalid-idempotency-key", "Idempotency-Key must be 1 to 200 characters");
        }
        RegistrationCase c = applications.file(actor, application.toApplication(), Optional.ofNullable(idempotencyKey));
        return Response.created(URI.create("/api/v1/applications/" + c.id()))
                .entity(view(c))
                .build();
    }

    /**
     * Officers: the worklist of their counties ({@code status} a comma-separated list, all open statuses when
     * absent; {@code overdue=true} only those past the statutory limit). Everyone else: the applications naming them.
     */
    @GET
    public ApplicationViews.Listing list(
            @QueryParam("status") String status,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        Actor actor = Callers.require(security);
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("invalid-limit", "limit must be 1 to 1000");
        }
        Set<CaseStatus> statuses = statuses(status);
        List<RegistrationCase> found = actor.role() == Role.OFFICER
                ? desk.worklist(actor, statuses, overdue, limit)
                : applications.mine(actor).stream()
                        .filter(c -> statuses.isEmpty() || statuses.contains(c.status()))
                        .filter(c ->
                                !overdue || desk.clock(c).map(k -> k.overdue()).orElse(false))
                        .limit(limit)
                        .toList();
        return new ApplicationViews.Listing(found.stream().map(this::view).toList());
    }

    /**
     * What online registration applies: the time limits, the rule set's version and which cases the verification
     * model records with no officer, with what it checks.
     */
    @GET
    @Path("rules")
    public ApplicationViews.Rules rules() {
        Callers.require(security);
        TimeLimits l = desk.limits();
        return new ApplicationViews.Rules(
                desk.rulesVersion(),
                l.statutoryWorkingDays(),
                "Interim Regulation on Real Estate Registration art. 20: registration within 30 working days of"
                        + " acceptance; counted from the next day (Civil Code art. 201) on the State Council's"
                        + " holiday calendar; days waiting for the applicant's correction are not counted",
                l.targetWorkingDays(),
                l.correctionWorkingDays(),
                Arrays.stream(StandardCase.values())
                        .map(k -> new ApplicationViews.Standard(k.wireName(), k.explanation()))
                        .toList());
    }

    /** One application: status, timeline, time limits, certificate. */
    @GET
    @Path("{id}")
    public ApplicationViews.Application get(@PathParam("id") String id) {
        return view(applications.get(Callers.require(security), id));
    }

    /** A party named confirms the application (意愿核实). */
    @POST
    @Path("{id}/consent")
    public ApplicationViews.Application consent(@PathParam("id") String id) {
        return view(applications.consent(Callers.require(security), id));
    }

    /** A party named declines the application; it ends. */
    @POST
    @Path("{id}/decline")
    public ApplicationViews.Application decline(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = ApplicationRequests.Note.class)))
                    String body) {
        Actor actor = Callers.require(security);
        ApplicationRequests.Note note = Requests.read(body, ApplicationRequests.Note.class);
        return view(applications.decline(actor, id, note.reasonOrEmpty()));
    }

    /** Its filer withdraws the application before it is recorded. */
    @POST
    @Path("{id}/withdraw")
    public ApplicationViews.Application withdraw(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = ApplicationRequests.Note.class)))
                    String body) {
        Actor actor = Callers.require(security);
        ApplicationRequests.Note note = Requests.read(body, ApplicationRequests.Note.class);
        return view(applications.withdraw(actor, id, note.reasonOrEmpty()));
    }

    /** The applicant answers a correction request (补正). */
    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationViews.Application correct(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = ApplicationRequests.Correction.class)))
                    JsonNode body) {
        Actor actor = Callers.require(security);
        ApplicationRequests.Correction correction = Requests.read(body, ApplicationRequests.Correction.class);
        return view(applications.correct(actor, id, correction.detailsOrEmpty(), Requests.orEmpty(correction.note())));
    }

    /** An officer accepts a submitted application (受理). */
    @POST
    @Path("{id}/accept")
    public ApplicationViews.Application accept(@PathParam("id") String id) {
        return view(desk.accept(Callers.require(security), id));
    }

    /** An officer does not accept an application (不予受理), with the reason. */
    @POST
    @Path("{id}/not-accept")
    public ApplicationViews.Application notAccept(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = ApplicationRequests.Reasoned.class)))
                    String body) {
        Actor actor = Callers.require(security);
        return view(desk.notAccept(
                actor,
                id,
                Requests.read(body, ApplicationRequests.Reasoned.class).reason()));
    }

    /** An officer asks the applicant to complete the application (补正). */
    @POST
    @Path("{id}/request-correction")
    public ApplicationViews.Application requestCorrection(
            @PathParam("id") String id,
            @RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    ApplicationRequests.CorrectionRequest.class)))
                    String body) {
        Actor actor = Callers.require(security);
        ApplicationRequests.CorrectionRequest request =
                Requests.read(body, ApplicationRequests.CorrectionRequest.class);
        return view(desk.requestCorrection(actor, id, request.missing()));
    }

    /** An officer approves an application in review. */
    @POST
    @Path("{id}/approve")
    public ApplicationViews.Application approve(@PathParam("id") String id) {
        return view(desk.approve(Callers.require(security), id));
    }

    /** An officer refuses registration (不予登记), with the reasons; nothing is recorded. */
    @POST
    @Path("{id}/refuse")
    public ApplicationViews.Application refuse(
            @PathParam("id") String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = ApplicationRequests.Reasoned.class)))
                    String body) {
        Actor actor = Callers.require(security);
        return view(desk.refuse(
                actor,
                id,
                Requests.read(body, ApplicationRequests.Reasoned.class).reason()));
    }

    /** An officer records an approved application (登簿); its certificate's document is issued. */
    @POST
    @Path("{id}/record")
    public ApplicationViews.Application record(@PathParam("id") String id) {
        return view(desk.record(Callers.require(security), id));
    }

    private ApplicationViews.Application view(RegistrationCase c) {
        List<String> awaiting = ApplicationParties.awaitingConsent(c);
        Optional<String> you = Callers.require(security).idNumber();
        return ApplicationViews.of(
                c,
                awaiting.stream().map(IdNumbers::masked).toList(),
                you.isPresent() && awaiting.contains(you.get()),
                desk.clock(c),
                desk.limits());
    }

    private static Set<CaseStatus> statuses(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (String name : Arrays.stream(list.split(",")).map(String::trim).toList()) {
            statuses.add(CaseStatus.ofWireName(name)
                    .orElseThrow(() -> ApiException.badRequest(
                            "invalid-status",
                            "status '" + Texts.shown(name) + "' is not one of "
                                    + Arrays.stream(CaseStatus.values())
                                            .map(CaseStatus::wireName)
                                            .toList())));
        }
        return statuses;
    }
}
