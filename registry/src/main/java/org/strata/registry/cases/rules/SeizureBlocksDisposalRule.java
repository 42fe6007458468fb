package org.strata.registry.cases.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/** A seizure in effect blocks transfer, mortgage and any other disposal of the unit until it is released. */
public final class SeizureBlocksDisposalRule implements Rule {
    @Override
    public String code() {
        return "seized";
    }

    @Override
    public String explanation() {
        return "While a seizure (查封) is in effect on a unit, it may not be transferred, mortgaged or otherwise"
                + " disposed of; seizures waiting in line take effect in order when the one ahead is released.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (!a.type().isDisposal()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Optional<Restriction> seizure = state.seizure();
        seizure.ifPresent(s -> {
            String order = s.details().containsKey("courtOrder")
                    ? " (court order " + s.details().get("courtOrder") + ")"
                    : "";
            findings.add(Finding.blocker(
                    code(),
                    a.unitCode(),
                    Optional.of(s.eventId()),
                    "unit " + a.unitCode() + " is seized by event " + s.eventId() + order + "; a "
                            + a.type().wireName() + " may not be recorded until the seizure is released"));
        });
        return findings;
    }
}
