package org.strata.registry.survey;

/** A stage of a construction project at which one firm is commissioned once for all merged survey items. */
public enum Stage {
    /** Land supply: boundary demarcation and parcel survey. */
    LAND_SUPPLY("land-supply"),
    /** Engineering permit and construction: pre-surveys, setting-out, ±0 check. */
    CONSTRUCTION("construction"),
    /** Completion: planning verification, property survey and the other acceptance surveys. */
    COMPLETION("completion");

    private final String wireName;

    Stage(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API, manifests and storage. */
    public String wireName() {
        return wireName;
    }

    /** The stage with this wire name. */
    public static Stage ofWireName(String name) {
        for (Stage s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("stage '" + name + "' is not one of land-supply, construction, completion");
    }
}
