package org.strata.registry.access;

import java.util.Locale;

/** What the law lets an asker see of a unit (query tiers of the Civil Code arts. 218-219 and the query measures). */
public enum Tier {
    /** A registration officer of the unit's county: everything. */
    OFFICER,
    /** A holder of the unit: everything registered on it. */
    HOLDER,
    /** A verified member of the public: natural status and yes/no flags only. */
    PUBLIC;

    /** The name used in the API. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
