package org.strata.registry.cases.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/**
 * A mortgaged unit may be transferred and the mortgage follows it, unless mortgagor and mortgagee agreed otherwise
 * and registered it (details.noTransfer, Civil Code art. 406): then a transfer needs the mortgagee's consent.
 */
public final class NoTransferAgreementRule implements Rule {
    @Override
    public String code() {
        return "no-transfer-agreement";
    }

    @Override
    public String explanation() {
        return "A mortgaged unit may be transferred, the mortgage following it, unless the parties registered an"
                + " agreement not to transfer (details.noTransfer on the mortgage or a mortgage change): then a transfer"
                + " needs the mortgagee's consent, its mortgage listed in details.consents (Civil Code art. 406).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.TRANSFER) {
            return List.of();
        }
        Set<String> consents = Arrays.stream(a.detail("consents").orElse("").split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        return state.mortgages().stream()
                .filter(m -> "true".equals(m.details().get("noTransfer")))
                .filter(m -> !consents.contains(m.eventId()))
                .map(m -> Finding.blocker(
                        code(),
                        a.unitCode(),
                        Optional.of(m.eventId()),
                        "mortgage " + m.eventId() + " carries an agreement not to transfer the unit; a transfer needs"
                                + " its mortgagee's consent (details.consents, Civil Code art. 406)"))
                .toList();
    }
}
