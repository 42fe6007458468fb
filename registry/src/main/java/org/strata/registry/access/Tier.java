package org.strata.registry.access;

import java.util.Locale;

/** What the law lets an asker see of a unit (query tiers of the Civil Code arts. 218-219 and the query measures). */
public enum Tier {
    /** A registration officer of the unit's county: everything. */
    OFFICER,
    /** A holder of the unit: everything registered on it. */
    HOLDER,
    /** An authority querying with a case reference: the register state, recorded with the reference. */
    AUTHORITY,
    /**
     * An interested party whose evidence an officer accepted: natural status, flags, the holders' names and the
     * kinds of restriction in force — no ID numbers, shares or amounts.
     */
    INTERESTED,
    /** A verified member of the public: natural status and yes/no flags only. */
    PUBLIC;

    /** The name used in the API. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
