package org.strata.registry.online;

import java.util.List;
import java.util.Locale;
import org.strata.registry.register.CertificateNumber;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.UnitState;

/**
 * Whether a certificate or proof still says what the register says. A title certificate (不动产权证书) is valid while
 * the registration it was issued with still makes its holders the holders; a later transfer or change supersedes
 * it (a new certificate is issued, Implementing Rules art. 21), a cancellation cancels it. A registration proof
 * (不动产登记证明) is valid while the right or restriction it proves is in force.
 */
public enum CertificateStanding {
    /** The register still says what it says. */
    VALID,
    /** A later registration issued a new certificate in its place. */
    SUPERSEDED,
    /** What it proves has ended, or the right was cancelled. */
    CANCELLED;

    /** The name used in the API. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The standing of the certificate issued with {@code issued}, against the unit's history (its events in chain
     * order) and its register as it stands.
     */
    public static CertificateStanding of(
            CertificateNumber.Kind kind, RegisterEvent issued, List<RegisterEvent> history, UnitState now) {
        if (kind == CertificateNumber.Kind.TITLE) {
            if (now.cancelled()) {
                return CANCELLED;
            }
            boolean later = false;
            for (RegisterEvent e : history) {
                if (later
                        && CertificateNumber.kindFor(e.type())
                                .filter(CertificateNumber.Kind.TITLE::equals)
                                .isPresent()
                        && e.details().containsKey("certificate")) {
                    return SUPERSEDED;
                }
                later |= e.id().equals(issued.id());
            }
            return VALID;
        }
        boolean inForce =
                now.allRestrictions().stream().anyMatch(r -> r.eventId().equals(issued.id()));
        return inForce ? VALID : CANCELLED;
    }
}
