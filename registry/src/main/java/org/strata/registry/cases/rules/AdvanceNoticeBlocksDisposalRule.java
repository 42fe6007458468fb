package org.strata.registry.cases.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/**
 * An advance notice in force blocks disposal without its holder's consent (named in {@code details.consents});
 * a transfer to the notice's own holders is what the notice protects, and goes through.
 */
public final class AdvanceNoticeBlocksDisposalRule implements Rule {
    @Override
    public String code() {
        return "advance-notice";
    }

    @Override
    public String explanation() {
        return "While an advance notice (预告登记) is in force, the unit may not be transferred, mortgaged or"
                + " otherwise disposed of without the consent of the notice's holder (list the notice's event id in"
                + " details.consents); a transfer to the notice's holders themselves is allowed.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (!a.type().isDisposal()) {
            return List.of();
        }
        Set<String> consents = Arrays.stream(a.detail("consents").orElse("").split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        Set<String> transferees = ids(a.partiesIn(PartyRole.TRANSFEREE));
        List<Finding> findings = new ArrayList<>();
        for (Restriction notice : state.advanceNotices()) {
            boolean toNoticeHolder = !transferees.isEmpty()
                    && transferees.equals(ids(notice.parties().stream()
                            .filter(p -> p.role() == PartyRole.HOLDER)
                            .toList()));
            if (!consents.contains(notice.eventId()) && !toNoticeHolder) {
                findings.add(Finding.blocker(
                        code(),
                        a.unitCode(),
                        Optional.of(notice.eventId()),
                        "unit " + a.unitCode() + " has advance notice " + notice.eventId()
                                + " in force; a " + a.type().wireName()
                                + " needs its holder's consent (details.consents)"));
            }
        }
        return findings;
    }

    private static Set<String> ids(List<RegisteredParty> parties) {
        return parties.stream().map(p -> p.party().idNumber()).collect(Collectors.toSet());
    }
}
