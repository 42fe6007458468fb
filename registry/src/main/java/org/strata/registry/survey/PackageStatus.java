package org.strata.registry.survey;

/** Where a stored package stands: accepted, or stored with warnings that still need a comment or waiver. */
public enum PackageStatus {
    /** Accepted: no open warnings; shared with the departments and reusable. */
    ACCEPTED("accepted"),
    /** Stored, with warnings neither commented by the surveyor nor waived by a reviewer. */
    AWAITING_WAIVER("awaiting-waiver"),
    /** Replaced by a newer version. */
    SUPERSEDED("superseded");

    private final String wireName;

    PackageStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API and storage. */
    public String wireName() {
        return wireName;
    }

    /** The status with this wire name. */
    public static PackageStatus ofWireName(String name) {
        for (PackageStatus s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("package status '" + name + "' is not known");
    }
}
