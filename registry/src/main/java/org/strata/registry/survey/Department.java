package org.strata.registry.survey;

/** A department that reads merged survey results and records its review decision per item. */
public enum Department {
    /** Planning (规划). */
    PLANNING("planning"),
    /** Natural resources: land supply and land re-check (自然资源). */
    NATURAL_RESOURCES("natural-resources"),
    /** Real-estate registration (不动产登记). */
    REGISTRATION("registration"),
    /** Housing: pre-sale and property areas (住建). */
    HOUSING("housing"),
    /** Fire-protection acceptance (消防). */
    FIRE("fire"),
    /** Civil air defence (人防). */
    CIVIL_AIR_DEFENCE("civil-air-defence"),
    /** Greening (绿化). */
    GREENING("greening"),
    /** Traffic and parking (交通). */
    TRAFFIC("traffic"),
    /** City archives (城建档案). */
    ARCHIVES("archives");

    private final String wireName;

    Department(String wireName) {
        this.wireName = wireName;
    }

    /** The department code used in the API. */
    public String wireName() {
        return wireName;
    }

    /** The department with this code. */
    public static Department ofWireName(String name) {
        for (Department d : values()) {
            if (d.wireName.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("department '" + name + "' is not a known department code");
    }
}
