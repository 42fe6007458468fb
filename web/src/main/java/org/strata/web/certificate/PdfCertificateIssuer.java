package org.strata.web.certificate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.online.CertificateIssuer;
import org.strata.registry.online.IssuedDocument;
import org.strata.registry.online.IssuedDocuments;
import org.strata.registry.register.CertificateNumber;
import org.strata.registry.register.LegalPeriods;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.UnitState;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.survey.Checksums;

/**
 * Issues a recorded case's certificate or proof as a PDF: the unit, the holders (names and shares, identity numbers
 * masked), its natural status, the registration's facts and a QR code of its verification address; the document is
 * kept as issued with its SHA-256. A document that cannot be written (no CJK font) is not issued and says why in
 * the log; the recording stands.
 */
public final class PdfCertificateIssuer implements CertificateIssuer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfCertificateIssuer.class);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm").withZone(LegalPeriods.CHINA);

    private final RegisterStore register;
    private final IssuedDocuments documents;
    private final Supplier<URI> publicBase;
    private final Clock clock;

    /**
     * The issuer.
     *
     * @param publicBase the address the service is reached at, for the verification address
     */
    public PdfCertificateIssuer(
            RegisterStore register, IssuedDocuments documents, Supplier<URI> publicBase, Clock clock) {
        this.register = register;
        this.documents = documents;
        this.publicBase = publicBase;
        this.clock = clock;
    }

    /** The verification address of a certificate number, relative to the service. */
    public static String verifyPath(String number) {
        return "/api/v1/certificates/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20") + "/verify";
    }

    @Override
    public Optional<String> issue(RegistrationCase recorded) {
        if (recorded.certificateNo().isEmpty() || recorded.eventId().isEmpty()) {
            return Optional.empty();
        }
        String number = recorded.certificateNo().get();
        Optional<IssuedDocument> earlier = documents.find(number);
        if (earlier.isPresent()) {
            return Optional.of(earlier.get().sha256());
        }
        RegisterEvent event = register.event(recorded.eventId().get()).orElseThrow();
        UnitState state =
                UnitStateFolder.asOf(event.unitCode(), register.eventsOf(event.unitCode()), event.recordedAt());
        byte[] pdf;
        try {
            pdf = CertificatePdf.render(content(number, event, state));
        } catch (IllegalStateException e) {
            LOG.error("Certificate {} recorded but its document was not issued: {}", number, e.getMessage());
            return Optional.empty();
        }
        IssuedDocument kept =
                documents.putIfAbsent(new IssuedDocument(number, Checksums.sha256(pdf), clock.instant(), pdf));
        return Optional.of(kept.sha256());
    }

    private CertificateContent content(String number, RegisterEvent event, UnitState state) {
        boolean title = CertificateNumber.parse(number)
                .map(n -> n.kind() == CertificateNumber.Kind.TITLE)
                .orElse(true);
        List<CertificateContent.Line> lines = new ArrayList<>();
        lines.add(new CertificateContent.Line("不动产单元号 Unit", event.unitCode().toString()));
        lines.add(new CertificateContent.Line("登记类型 Registration", event.type().wireName()));
        if (title) {
            lines.add(new CertificateContent.Line("权利人 Holders", describe(state.holders())));
        } else {
            lines.add(new CertificateContent.Line(
                    "权利人 Right holders",
                    describe(event.parties().stream()
                            .filter(p -> p.role() == PartyRole.MORTGAGEE
                                    || p.role() == PartyRole.HOLDER
                                    || p.role() == PartyRole.RESIDENT)
                            .toList())));
            lines.add(new CertificateContent.Line(
                    "义务人 Obligors",
                    describe(event.parties().stream()
                            .filter(p -> p.role() == PartyRole.MORTGAGOR
                                    || p.role() == PartyRole.GRANTOR
                                    || p.role() == PartyRole.TRANSFEROR)
                            .toList())));
        }
        for (String[] fact : new String[][] {
            {"location", "坐落 Location"},
            {"use", "用途 Use"},
            {"statedArea", "面积 Area (平方米)"},
            {"rightType", "权利类型 Right"},
            {"rightNature", "权利性质 Nature"}
        }) {
            Optional.ofNullable(state.naturalStatus().get(fact[0]))
                    .ifPresent(v -> lines.add(new CertificateContent.Line(fact[1], v)));
        }
        for (String[] fact :
                new String[][] {{"amount", "金额 Amount (元)"}, {"term", "期限 Term"}, {"contract", "合同 Contract"}}) {
            Optional.ofNullable(event.details().get(fact[0]))
                    .ifPresent(v -> lines.add(new CertificateContent.Line(fact[1], v)));
        }
        lines.add(new CertificateContent.Line("登簿时间 Recorded", DAY_TIME.format(event.recordedAt())));
        return new CertificateContent(
                title ? "不动产权证书  Real Estate Title Certificate" : "不动产登记证明  Registration Proof",
                number,
                lines,
                event.recordedAt(),
                publicBase.get().resolve(verifyPath(number)).toString());
    }

    private static String describe(List<RegisteredParty> parties) {
        if (parties.isEmpty()) {
            return "—";
        }
        return parties.stream()
                .map(p -> p.party().name() + " ("
                        + org.strata.registry.party.IdNumbers.masked(p.party().idNumber()) + ")"
                        + p.share().map(s -> " " + s).orElse(""))
                .collect(Collectors.joining("；"));
    }
}
