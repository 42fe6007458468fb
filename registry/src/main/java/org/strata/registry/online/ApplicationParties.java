package org.strata.registry.online;

import java.util.List;
import org.strata.registry.cases.RegistrationCase;

/** What an application's parties have done: who has yet to confirm it. */
public final class ApplicationParties {
    private ApplicationParties() {}

    /** The identity numbers of the parties who have not yet confirmed the application, in the order it names them. */
    public static List<String> awaitingConsent(RegistrationCase c) {
        if (c.status() != org.strata.registry.cases.CaseStatus.AWAITING_CONSENT) {
            return List.of();
        }
        return List.copyOf(ApplicationAccess.pendingConsents(c));
    }
}
