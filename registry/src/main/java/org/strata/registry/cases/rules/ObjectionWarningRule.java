package org.strata.registry.cases.rules;

import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.UnitState;

/** An objection in force does not block a disposal, but whoever acquires takes the risk: the applicant is warned. */
public final class ObjectionWarningRule implements Rule {
    @Override
    public String code() {
        return "objection-registered";
    }

    @Override
    public String explanation() {
        return "An objection (异议) in force does not stop a disposal, but a transferee or mortgagee acquires at their own"
                + " risk; it lapses 15 days after registration unless the applicant sues.";
    }

    @Override
    public List<Finding> check(Application a, UnitState state, List<RegisterEvent> history) {
        if (!a.type().isDisposal()) {
            return List.of();
        }
        return state.objections().stream()
                .map(o -> Finding.warning(
                        code(),
                        a.unitCode(),
                        Optional.of(o.eventId()),
                        "unit " + a.unitCode() + " has objection " + o.eventId() + " in force until "
                                + o.lapsesAt().map(Object::toString).orElse("it is cancelled")))
                .toList();
    }
}
