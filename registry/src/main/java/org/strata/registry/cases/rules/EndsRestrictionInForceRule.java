package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.Restriction;
import org.strata.registry.register.UnitState;

/**
 * A release or cancellation ends a restriction in force on the same unit, of the kind it ends: a seizure
 * release a seizure (in effect or waiting), a mortgage cancellation a mortgage, a cancellation with
 * {@code ends} an advance notice, objection or easement.
 */
public final class EndsRestrictionInForceRule implements Rule {
    @Override
    public String code() {
        return "ends-not-in-force";
    }

    @Override
    public String explanation() {
        return "A seizure release, mortgage cancellation, residence right cancellation, or cancellation of an advance"
                + " notice, objection or easement must name in details.ends a restriction of that kind in force on the"
                + " same unit.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        Optional<String> ends = a.detail("ends");
        List<Restriction> candidates;
        String kind;
        switch (a.type()) {
            case SEIZURE_RELEASE -> {
                candidates = new java.util.ArrayList<>(state.waitingSeizures());
                state.seizure().ifPresent(s -> candidates.add(0, s));
                kind = "seizure";
            }
            case MORTGAGE_CANCELLATION -> {
                candidates = state.mortgages();
                kind = "mortgage";
            }
            case RESIDENCE_RIGHT_CANCELLATION -> {
                candidates = state.residenceRights();
                kind = "residence right";
            }
            case CANCELLATION -> {
                if (ends.isEmpty()) {
                    return List.of();
                }
                candidates = new java.util.ArrayList<>(state.advanceNotices());
                candidates.addAll(state.objections());
                candidates.addAll(state.easements());
                kind = "advance notice, objection or easement";
            }
            default -> {
                return List.of();
            }
        }
        String target = ends.orElse("");
        if (candidates.stream().anyMatch(r -> r.eventId().equals(target))) {
            return List.of();
        }
        return List.of(Finding.blocker(
                code(),
                a.unitCode(),
                ends,
                "event " + target + " is not a " + kind + " in force on unit " + a.unitCode()));
    }
}
