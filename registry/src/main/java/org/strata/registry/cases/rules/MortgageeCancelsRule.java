package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/**
 * A mortgage is cancelled on the mortgagee's application, alone or with the mortgagor (Interim Regulation art. 14;
 * the mortgagor alone may not end the creditor's security): the application names every mortgagee of the
 * mortgage it ends, with role mortgagee.
 */
public final class MortgageeCancelsRule implements Rule {
    @Override
    public String code() {
        return "mortgagee-must-apply";
    }

    @Override
    public String explanation() {
        return "A mortgage cancellation (抵押权注销登记) is applied for by the mortgagee, alone or jointly with the"
                + " mortgagor; the mortgagor alone cannot end it (Interim Regulation art. 14). The application names"
                + " every mortgagee of the mortgage it ends, with role mortgagee.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.MORTGAGE_CANCELLATION) {
            return List.of();
        }
        Optional<Restriction> mortgage = state.mortgages().stream()
                .filter(m -> m.eventId().equals(a.detail("ends").orElse("")))
                .findFirst();
        if (mortgage.isEmpty()) {
            return List.of(); // EndsRestrictionInForceRule names it
        }
        Set<String> mortgagees = mortgage.get().parties().stream()
                .filter(p -> p.role() == PartyRole.MORTGAGEE)
                .map(p -> p.party().idNumber())
                .collect(Collectors.toSet());
        Set<String> applying = a.partiesIn(PartyRole.MORTGAGEE).stream()
                .map(p -> p.party().idNumber())
                .collect(Collectors.toSet());
        if (applying.containsAll(mortgagees)) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                Optional.of(mortgage.get().eventId()),
                "mortgage " + mortgage.get().eventId() + " is cancelled on its mortgagee's application; name its"
                        + " mortgagee with role mortgagee (Interim Regulation art. 14)"));
    }
}
