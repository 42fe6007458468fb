package org.strata.registry.cases.rules;

import java.util.List;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/** A renewal (续封, seizure sub-type 5) names a seizure in force on the same unit. */
public final class RenewsSeizureInForceRule implements Rule {
    @Override
    public String code() {
        return "renews-not-in-force";
    }

    @Override
    public String explanation() {
        return "A seizure renewal (sub-type 5) must name in details.renews a seizure in force (in effect or waiting)"
                + " on the same unit; it extends that seizure's term.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (a.type() != RegistrationType.SEIZURE
                || !a.detail("subtype").orElse("1").equals("5")) {
            return List.of();
        }
        String target = a.detail("renews").orElse("");
        boolean inForce =
                state.seizure().filter(s -> s.eventId().equals(target)).isPresent()
                        || state.waitingSeizures().stream()
                                .anyMatch(s -> s.eventId().equals(target));
        if (inForce) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                a.detail("renews"),
                "event " + target + " is not a seizure in force on unit " + a.unitCode()));
    }
}
