package org.strata.registry.party;

/** The kind of identity document a party is registered with. */
public enum IdType {
    /** Resident identity card number of GB 11643 (18 characters, last a check character). */
    RESIDENT_ID("resident-id"),
    /** Unified social credit code of GB 32100 (18 characters, last a check character). */
    USCC("uscc");

    private final String wireName;

    IdType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API and in storage. */
    public String wireName() {
        return wireName;
    }

    /** The id type with this wire name. */
    public static IdType ofWireName(String name) {
        for (IdType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("idType '" + name + "' is not one of resident-id, uscc");
    }
}
