package org.strata.registry.online;

import java.util.Optional;
import org.strata.registry.cases.RegistrationCase;

/** Issues the document of a recorded case's certificate or proof (电子证照) and keeps it for verification. */
public interface CertificateIssuer {
    /** Issues nothing: for stores and tests without documents. */
    CertificateIssuer NONE = recorded -> Optional.empty();

    /**
     * Issues the document of the case's certificate or proof, once: a second call for the same number returns the
     * document already issued.
     *
     * @return the document's SHA-256 in hex, or empty when the case issued no certificate or proof
     */
    Optional<String> issue(RegistrationCase recorded);
}
