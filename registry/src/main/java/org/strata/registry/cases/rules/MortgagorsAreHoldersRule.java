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
import org.strata.registry.right.Share;

/** A mortgage is given by all the current holders. */
public final class MortgagorsAreHoldersRule implements Rule {
    @Override
    public String code() {
        return "mortgagors-not-holders";
    }

    @Override
    public String explanation() {
        return "The mortgagors of a mortgage must be current holders: a co-owner by shares (按份共有) may mortgage her own"
                + " share alone; joint owners (共同共有) and sole holders mortgage only all together (Civil Code"
                + " arts. 301, 305).";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.MORTGAGE || !state.registered()) {
            return List.of();
        }
        Set<String> mortgagors = ids(a.partiesIn(PartyRole.MORTGAGOR));
        Set<String> holders = ids(state.holders());
        boolean jointly = state.holders().stream()
                .anyMatch(h -> h.share().map(Share::joint).orElse(false));
        // by shares a co-owner mortgages her own share alone; joint owners only all together (Civil Code art. 301)
        if (mortgagors.equals(holders) || (!jointly && holders.containsAll(mortgagors))) {
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
