package org.strata.web.boot;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.strata.data.demo.DemoOnline;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.cases.CaseService;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.online.ApplicationDesk;
import org.strata.registry.online.Applications;
import org.strata.registry.online.TimeLimits;
import org.strata.registry.online.VerificationModel;
import org.strata.web.api.ApplicationsResource;
import org.strata.web.certificate.CertificateDocuments;
import org.strata.web.certificate.PdfCertificateIssuer;

/**
 * The wiring of online registration: the verification model over the shared records, the certificate issuer, the
 * parties' side and the officers' desk, and their resources.
 *
 * @param resources the resources to register
 * @param documents the certificates' documents and their verification, for the certificates resource
 */
record OnlineWiring(List<Object> resources, CertificateDocuments documents) {
    static OnlineWiring create(
            JdbcStores stores,
            RegisterStore register,
            CaseService cases,
            ServerSettings settings,
            Supplier<URI> publicBase,
            Clock clock) {
        if (settings.demo() && DemoOnline.loadIfAbsent(stores.online(), register)) {
            LoggerFactory.getLogger(OnlineWiring.class)
                    .info(
                            "Demo area: loan {} and filed contract {} shared for the owner's flat",
                            DemoOnline.LOAN,
                            DemoOnline.CONTRACT);
        }
        PdfCertificateIssuer issuer = new PdfCertificateIssuer(register, stores.online(), publicBase, clock);
        Applications applications =
                new Applications(cases, register, clock, new VerificationModel(stores.online()), issuer);
        ApplicationDesk desk = new ApplicationDesk(
                cases, register, clock, TimeLimits.withTarget(settings.targetWorkingDays()), applications);
        return new OnlineWiring(
                List.of(new ApplicationsResource(applications, desk)),
                new CertificateDocuments(register, stores.online(), clock));
    }
}
