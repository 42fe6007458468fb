package org.strata.registry.cases.rules;

import java.util.List;
import org.strata.registry.cases.Application;
import org.strata.registry.cases.Finding;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.UnitState;

/** A rule with legal effect, checked at submission (early feedback) and again when recording (authoritative). */
public interface Rule {
    /** The stable code of the rule's findings. */
    String code();

    /** What the rule says, for applicants. */
    String explanation();

    /**
     * The findings for an application against the unit's current state and its events in chain order.
     *
     * @return no findings when the rule is satisfied
     */
    List<Finding> check(Application application, UnitState state, List<RegisterEvent> history);
}
