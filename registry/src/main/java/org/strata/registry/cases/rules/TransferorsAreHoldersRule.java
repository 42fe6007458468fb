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
import org.strata.registry.right.Share;

/** A transfer is made by exactly the current holders, each with the share they hold. */
public final class TransferorsAreHoldersRule implements Rule {
    @Override
    public String code() {
        return "transferors-not-holders";
    }

    @Override
    public String explanation() {
        return "Each transferor must be a current holder with the share the register shows: a co-owner by shares"
                + " (按份共有) transfers her own share alone and the others keep theirs (Civil Code art. 305); joint"
                + " owners (共同共有) transfer only all together (art. 301). The transferees take exactly what the"
                + " transferors give, so the holders' shares add up to 1 after every transfer.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.TRANSFER || !state.registered()) {
            return List.of();
        }
        List<RegisteredParty> transferors = a.partiesIn(PartyRole.TRANSFEROR);
        List<RegisteredParty> holders = state.holders();
        boolean eachAHolder =
                transferors.stream().allMatch(t -> holders.stream().anyMatch(h -> h.sameHolding(t)));
        boolean jointly =
                holders.stream().anyMatch(h -> h.share().map(Share::joint).orElse(false));
        // by shares a co-owner transfers her own share alone (art. 305); joint owners only all together (art. 301)
        if (eachAHolder && (!jointly || transferors.size() == holders.size())) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                state.ownershipEventId(),
                (jointly ? "joint owners transfer only all together; " : "") + "the transferors ("
                        + describe(transferors) + ") are not current holders of unit " + a.unitCode()
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
