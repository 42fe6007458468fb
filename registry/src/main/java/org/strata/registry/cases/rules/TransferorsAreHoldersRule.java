package org.strata.registry.cases.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/** A transfer is made by exactly the current holders, each with the share they hold. */
public final class TransferorsAreHoldersRule implements Rule {
    @Override
    public String code() {
        return "transferors-not-holders";
    }

    @Override
    public String explanation() {
        return "The transferors of a transfer must be exactly the unit's current holders, each with the share the"
                + " register shows; the transferees' shares must add up to 1.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.TRANSFER || !state.registered()) {
            return List.of();
        }
        List<RegisteredParty> transferors = a.partiesIn(PartyRole.TRANSFEROR);
        List<RegisteredParty> holders = state.holders();
        boolean same = transferors.size() == holders.size()
                && transferors.stream().allMatch(t -> holders.stream().anyMatch(h -> h.sameHolding(t)));
        if (same) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                state.ownershipEventId(),
                "the transferors (" + describe(transferors) + ") are not the current holders of unit " + a.unitCode()
                        + " (" + describe(holders) + ", registered by event "
                        + state.ownershipEventId().orElse("?")
                        + ")"));
    }

    static String describe(List<RegisteredParty> parties) {
        return parties.stream()
                .map(p -> p.party().name() + p.share().map(s -> " " + s).orElse(""))
                .collect(Collectors.joining(", "));
    }
}
