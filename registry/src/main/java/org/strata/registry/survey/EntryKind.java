package org.strata.registry.survey;

/** What an entry on a stored package records. */
public enum EntryKind {
    /** A department read the package's parts. */
    READ("read"),
    /** A department's review decision on an item. */
    REVIEW("review"),
    /** The surveyor's comment answering a warning, given in the manifest. */
    COMMENT("comment"),
    /** A reviewer's waiver of a warning. */
    WAIVER("waiver"),
    /** Registration reviewed and reused a part (审核复用). */
    REUSE("reuse"),
    /** A registration case created from the package. */
    CASE("case");

    private final String wireName;

    EntryKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API and storage. */
    public String wireName() {
        return wireName;
    }

    /** The kind with this wire name. */
    public static EntryKind ofWireName(String name) {
        for (EntryKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("entry kind '" + name + "' is not known");
    }
}
