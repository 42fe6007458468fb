package org.strata.registry.survey;

/** What a firm's credit event records. */
public enum CreditKind {
    /** A package rejected on arrival. */
    REJECTED_PACKAGE("rejected-package", -1),
    /** A quality inspection failed. */
    FAILED_INSPECTION("failed-inspection", -3),
    /** Results delivered late. */
    LATE_DELIVERY("late-delivery", -1),
    /** Falsified results. */
    FALSIFICATION("falsification", -10),
    /** A commendation. */
    COMMENDATION("commendation", 2);

    private final String wireName;
    private final int points;

    CreditKind(String wireName, int points) {
        this.wireName = wireName;
        this.points = points;
    }

    /** The name used in the API and storage. */
    public String wireName() {
        return wireName;
    }

    /** The points the event adds to the firm's credit score (negative for failings). */
    public int points() {
        return points;
    }

    /** The kind with this wire name. */
    public static CreditKind ofWireName(String name) {
        for (CreditKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("credit kind '" + name + "' is not known");
    }
}
