package org.strata.registry.unit;

/** The ownership letter of a unit code (position 12): who owns the land. */
public enum OwnershipLetter {
    /** State-owned land (国家土地所有权). */
    G("state"),
    /** Collectively owned land (集体土地所有权). */
    J("collective"),
    /** Ownership undetermined or disputed (土地所有权未确定或有争议). */
    Z("undetermined");

    private final String meaning;

    OwnershipLetter(String meaning) {
        this.meaning = meaning;
    }

    /** A short English reading of the letter. */
    public String meaning() {
        return meaning;
    }
}
