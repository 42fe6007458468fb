package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/** A mortgage is given by all the current holders. */
public final class MortgagorsAreHoldersRule implements Rule {
    @Override
    public String code() {
        return "mortgagors-not-holders";
    }

    @Override
    public String explanation() {
        return "The mortgagors of a mortgage must be all of the unit's current holders and nobody else.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.MORTGAGE || !state.registered()) {
            return List.of();
        }
        if (ids(a.partiesIn(PartyRole.MORTGAGOR)).equals(ids(state.holders()))) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                state.ownershipEventId(),
                "the mortgagors (" + TransferorsAreHoldersRule.describe(a.partiesIn(PartyRole.MORTGAGOR))
                        + ") are not the current holders of unit " + a.unitCode() + " ("
                        + TransferorsAreHoldersRule.describe(state.holders()) + ")"));
    }

    private static Set<String> ids(List<RegisteredParty> parties) {
        return parties.stream()
                .map(p -> p.party().idType() + ":" + p.party().idNumber())
                .collect(Collectors.toSet());
    }
}
