package org.strata.registry.unit;

/** The fixture letter of a unit code (position 19): what stands on the parcel and is registered with it. */
public enum FixtureLetter {
    /** A building or structure (房屋等建筑物、构筑物). */
    F("building or structure"),
    /** Forest (森林、林木). */
    L("forest"),
    /** Another fixture (其他). */
    Q("other fixture"),
    /** No fixture: the unit is the land (or sea) alone. */
    W("none");

    private final String meaning;

    FixtureLetter(String meaning) {
        this.meaning = meaning;
    }

    /** A short English reading of the letter. */
    public String meaning() {
        return meaning;
    }
}
