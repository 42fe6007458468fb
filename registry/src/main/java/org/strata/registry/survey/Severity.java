package org.strata.registry.survey;

/** How much a check result weighs: an error rejects the package, a warning needs a comment or a waiver. */
public enum Severity {
    /** Rejects the package. */
    ERROR("error"),
    /** Needs the surveyor's comment or a reviewer's waiver. */
    WARNING("warning"),
    /** For information. */
    INFO("info");

    private final String wireName;

    Severity(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in reports. */
    public String wireName() {
        return wireName;
    }

    /** The severity with this wire name. */
    public static Severity ofWireName(String name) {
        for (Severity s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("severity '" + name + "' is not error, warning or info");
    }
}
