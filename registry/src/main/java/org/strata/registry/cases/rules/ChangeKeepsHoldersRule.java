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

/**
 * A change registration amends facts about the same holders (a name) or the unit (use, area, location); it never
 * changes who holds, which is a transfer with its own rules. Holders a change names are the current holders, by
 * identity document number, with their shares.
 */
public final class ChangeKeepsHoldersRule implements Rule {
    @Override
    public String code() {
        return "change-keeps-holders";
    }

    @Override
    public String explanation() {
        return "A change registration (变更登记) amends the holders' names or the unit's natural status; who holds is"
                + " changed only by a transfer (转移登记) with a transferor, a transferee and the transfer rules"
                + " (Implementing Rules of the Interim Regulation arts. 26-27). The holders a change names must be"
                + " the current holders, by identity document number, with the same shares.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.CHANGE) {
            return List.of();
        }
        List<RegisteredParty> named = a.partiesIn(PartyRole.HOLDER);
        if (named.isEmpty() || key(named).equals(key(state.holders()))) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                state.ownershipEventId(),
                "a change may not change who holds unit " + a.unitCode() + " or their shares; file a transfer"));
    }

    private static Set<String> key(List<RegisteredParty> parties) {
        return parties.stream()
                .map(p -> p.party().idNumber() + "|"
                        + p.share().map(Object::toString).orElse("1"))
                .collect(Collectors.toSet());
    }
}
