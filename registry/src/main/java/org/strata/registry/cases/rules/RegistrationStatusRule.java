package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.register.UnitState;

/** A unit is registered first, once; after its right is cancelled only corrections may follow. */
public final class RegistrationStatusRule implements Rule {
    @Override
    public String code() {
        return "registration-status";
    }

    @Override
    public String explanation() {
        return "A unit must have a first registration in force before anything else is registered on it (except a"
                + " pre-seizure or an advance notice on a unit not yet registered); it is registered first only once;"
                + " once its right is cancelled only a correction may be recorded.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        RegistrationType type = a.type();
        if (state.cancelled() && type != RegistrationType.CORRECTION) {
            return List.of(Finding.blocker(
                    "unit-cancelled",
                    a.unitCode(),
                    lastEvent(history),
                    "the right on unit " + a.unitCode() + " has been cancelled; only a correction may be recorded"));
        }
        if (type == RegistrationType.FIRST && state.registered()) {
            return List.of(Finding.blocker(
                    "already-registered",
                    a.unitCode(),
                    state.ownershipEventId(),
                    "unit " + a.unitCode() + " already has a first registration; use transfer or change instead"));
        }
        boolean allowedUnregistered = type == RegistrationType.FIRST
                || type == RegistrationType.ADVANCE_NOTICE
                || type == RegistrationType.CORRECTION
                || (type == RegistrationType.SEIZURE && isPreSeizure(a));
        if (!state.registered() && !state.cancelled() && !allowedUnregistered) {
            return List.of(Finding.blocker(
                    "not-registered",
                    a.unitCode(),
                    Optional.empty(),
                    "unit " + a.unitCode() + " has no first registration in force; a " + type.wireName()
                            + " needs one"));
        }
        return List.of();
    }

    private static boolean isPreSeizure(Application a) {
        String subtype = a.detail("subtype").orElse("1");
        return subtype.equals("3") || subtype.equals("4");
    }

    private static Optional<String> lastEvent(List<RegisterEvent> history) {
        return history.isEmpty()
                ? Optional.empty()
                : Optional.of(history.get(history.size() - 1).id());
    }
}
