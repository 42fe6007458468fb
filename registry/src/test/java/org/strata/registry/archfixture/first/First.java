package org.strata.registry.archfixture.first;

import org.strata.registry.archfixture.second.Second;

/** Half of a deliberate package cycle, for the test of the no-cycles rule. */
public final class First {
    /** Reaches into the other package. */
    public Second next() {
        return new Second();
    }
}
