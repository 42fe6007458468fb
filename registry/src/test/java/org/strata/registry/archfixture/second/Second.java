package org.strata.registry.archfixture.second;

import org.strata.registry.archfixture.first.First;

/** The other half of a deliberate package cycle, for the test of the no-cycles rule. */
public final class Second {
    /** Reaches back into the first package. */
    public First back() {
        return new First();
    }
}
