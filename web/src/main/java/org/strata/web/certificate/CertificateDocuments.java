package org.strata.web.certificate;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.online.CertificateStanding;
import org.strata.registry.online.IssuedDocument;
import org.strata.registry.online.IssuedDocuments;
import org.strata.registry.register.CertificateNumber;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.UnitStateFolder;
import org.strata.web.http.ApiException;

/**
 * A certificate's document and its verification, as {@code /api/v1/certificates/{number}/verify} and
 * {@code …/document} serve them: verification answers anyone, without signing in, whether the certificate is valid,
 * superseded or cancelled and the SHA-256 of its document — nothing the certificate does not show, and no names; the
 * document goes to the parties it names and to officers of its county.
 */
public final class CertificateDocuments {
    private final RegisterStore register;
    private final IssuedDocuments documents;
    private final Clock clock;

    /** The documents over the register and the issued documents. */
    public CertificateDocuments(RegisterStore register, IssuedDocuments documents, Clock clock) {
        this.register = register;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * What anyone may learn of a certificate by its number.
     *
     * @param number the certificate or proof number
     * @param kind {@code title-certificate} or {@code registration-proof}
     * @param status {@code valid}, {@code superseded} or {@code cancelled}
     * @param unitCode the unit it concerns
     * @param recordedAt when its registration was recorded
     * @param sha256 the SHA-256 of its document as issued, or null when no document was issued
     */
    public record Verification(
            String number, String kind, String status, String unitCode, String recordedAt, String sha256) {}

    /** Verifies a certificate; no sign-in needed. */
    public Verification verify(String number) {
        CertificateNumber parsed = parse(number);
        RegisterEvent event = issuedWith(parsed);
        List<RegisterEvent> history = register.eventsOf(event.unitCode());
        CertificateStanding standing = CertificateStanding.of(
                parsed.kind(), event, history, UnitStateFolder.current(event.unitCode(), history, clock.instant()));
        return new Verification(
                parsed.toString(),
                parsed.kind() == CertificateNumber.Kind.TITLE ? "title-certificate" : "registration-proof",
                standing.wireName(),
                event.unitCode().toString(),
                event.recordedAt().toString(),
                documents.find(parsed.toString()).map(IssuedDocument::sha256).orElse(null));
    }

    /** The certificate's document as issued, for the parties it names and officers of its county. */
    public Response document(Actor actor, String number) {
        CertificateNumber parsed = parse(number);
        RegisterEvent event = issuedWith(parsed);
        boolean officer = actor.role() == Role.OFFICER && actor.counties().contains(event.county());
        boolean named = actor.idNumber().isPresent()
                && (event.parties().stream().anyMatch(p -> p.party()
                                .idNumber()
                                .equals(actor.idNumber().get()))
                        || UnitStateFolder.asOf(
                                        event.unitCode(), register.eventsOf(event.unitCode()), event.recordedAt())
                                .holders()
                                .stream()
                                .anyMatch(h -> h.party()
                                        .idNumber()
                                        .equals(actor.idNumber().get())));
        if (!officer && !named) {
            throw new ApiException(
                    403,
                    "certificate-not-yours",
                    "a certificate's document is given to the parties it names and to officers");
        }
        IssuedDocument document = documents
                .find(parsed.toString())
                .orElseThrow(() -> ApiException.notFound(
                        "document-not-issued",
                        "certificate " + parsed + " was recorded but its document was not issued"));
        return Response.ok(document.document(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate.pdf\"")
                .header("X-Content-SHA256", document.sha256())
                .build();
    }

    private static CertificateNumber parse(String number) {
        return CertificateNumber.parse(number)
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid-certificate-number", "that is not a certificate number like 浙(2026)杭州市不动产权第0001012号"));
    }

    private RegisterEvent issuedWith(CertificateNumber number) {
        return register.eventByCertificate(number.toString())
                .orElseThrow(() -> ApiException.notFound(
                        "certificate-not-found", "no certificate or proof " + number + " was issued"));
    }
}
