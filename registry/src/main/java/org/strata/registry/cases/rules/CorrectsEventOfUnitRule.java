package org.strata.registry.cases.rules;

import java.util.List;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/** A correction names an event of the same unit; it adds a new event and never erases the one it corrects. */
public final class CorrectsEventOfUnitRule implements Rule {
    @Override
    public String code() {
        return "corrects-unknown";
    }

    @Override
    public String explanation() {
        return "A correction (更正) must name in details.corrects an event recorded on the same unit; the register keeps"
                + " both, and the corrected facts apply from the corrected event's validity start.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.CORRECTION) {
            return List.of();
        }
        String target = a.detail("corrects").orElse("");
        if (history.stream().anyMatch(e -> e.id().equals(target))) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                a.detail("corrects"),
                "event " + target + " is not an event of unit " + a.unitCode()
                        + "; a correction names what it corrects"));
    }
}
