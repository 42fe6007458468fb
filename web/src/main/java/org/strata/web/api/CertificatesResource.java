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
import java.math.BigDecimal;
import java.util.Optional;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.Tier;
import org.strata.registry.access.UnitLookup;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.CertificateNumber;
import org.strata.registry.register.LandShare;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.UnitState;
import org.strata.registry.unit.UnitCode;
import org.strata.web.auth.Callers;
import org.strata.web.certificate.CertificateDocuments;
import org.strata.web.http.ApiException;
import org.strata.web.http.Texts;

/**
 * {@code GET /api/v1/certificates/{number}}: a title certificate or registration proof as issued — the unit, its
 * natural status, holders and restrictions as registered when it was issued, and the registration it records —
 * for the unit's holders and officers only; the query is recorded like every unit lookup.
 */
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
public final class CertificatesResource {
    private final RegisterStore register;
    private final UnitLookup lookup;
    private final CadastreStore cadastre;
    private final CertificateDocuments documents;

    @Context
    private SecurityContext security;

    /** The resource over the register and the tiered lookup. */
    public CertificatesResource(
            RegisterStore register, CadastreStore cadastre, UnitLookup lookup, CertificateDocuments documents) {
        this.documents = documents;
        this.register = register;
        this.cadastre = cadastre;
        this.lookup = lookup;
    }

    /** The certificate with this number. */
    @GET
    @Path("{number}")
    public Response certificate(
            @PathParam("number") String number,
            @QueryParam("purpose") String purposeName,
            @QueryParam("caseRef") String caseRef) {
        var actor = Callers.require(security);
        Purpose purpose = purposeName == null ? Purpose.OWN_PROPERTY : Purposes.required(purposeName);
        CertificateNumber parsed = CertificateNumber.parse(number)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid-certificate-number",
                        "'" + Texts.shown(number) + "' is not a certificate number like 浙(2026)杭州市不动产权第0001012号"));
        RegisterEvent event = register.eventByCertificate(parsed.toString())
                .orElseThrow(() -> ApiException.notFound(
                        "certificate-not-found", "no certificate or proof " + parsed + " was issued"));
        UnitLookup.Answer answer = lookup.lookup(
                actor,
                event.unitCode(),
                purpose,
                Optional.ofNullable(caseRef),
                new UnitLookup.When.AsOf(event.recordedAt()));
        Tier tier = answer.unit().tier();
        if ((tier != Tier.OFFICER && tier != Tier.HOLDER)
                || answer.unit().full().isEmpty()) {
            throw new ApiException(
                    403, "certificate-not-yours", "a certificate is shown to the unit's holders and to officers only");
        }
        UnitState state = answer.unit().full().get();
        Certificate body = new Certificate(
                parsed.toString(),
                parsed.kind() == CertificateNumber.Kind.TITLE ? "title-certificate" : "registration-proof",
                parsed.office(),
                event.recordedAt().toString(),
                event.id(),
                RegisterJson.event(event),
                RegisterJson.state(
                        state, new UnitViews.ViewTime("asOf", event.recordedAt().toString())),
                LandShare.of(
                                state.unitCode(),
                                register.eventsOnParcel(state.unitCode().parcel()),
                                event.recordedAt(),
                                cadastre.parcel(UnitCode.landOf(state.unitCode().parcel()))
                                        .map(p -> BigDecimal.valueOf(p.statedAreaSquareMetres())))
                        .map(CertificatesResource::landShare)
                        .orElse(null),
                answer.receipt());
        return Response.ok(body).header("X-Query-Receipt", answer.receipt()).build();
    }

    /** Whether a certificate is valid, superseded or cancelled, and its document's SHA-256; no sign-in needed. */
    @GET
    @Path("{number}/verify")
    public CertificateDocuments.Verification verify(@PathParam("number") String number) {
        return documents.verify(number);
    }

    /** The certificate's document (PDF) as issued, for the parties it names and officers of its county. */
    @GET
    @Path("{number}/document")
    @Produces("application/pdf")
    public Response document(@PathParam("number") String number) {
        return documents.document(Callers.require(security), number);
    }

    /** The land the unit carries (房地一体): 宗地面积, the parcel's building area and the unit's 分摊土地面积. */
    private static Share landShare(LandShare share) {
        return new Share(
                share.land().toString(),
                share.landArea(),
                share.unitArea(),
                share.buildingArea(),
                share.apportionedArea());
    }

    /** A building unit's share of its parcel's land. */
    public record Share(
            String landUnitCode,
            BigDecimal landArea,
            BigDecimal unitBuildingArea,
            BigDecimal parcelBuildingArea,
            BigDecimal apportionedLandArea) {}

    /** A certificate or proof as issued: its number, the registration and the unit as registered then. */
    public record Certificate(
            String number,
            String kind,
            String office,
            String issuedAt,
            String eventId,
            CaseViews.Event registration,
            UnitViews.Full unit,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    Share landShare,
            String receipt) {}
}
