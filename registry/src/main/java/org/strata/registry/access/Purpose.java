package org.strata.registry.access;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Why someone looks a unit up: every query states one of these, and it is recorded with the query. */
public enum Purpose {
    /** Buying the unit. */
    PURCHASE("purchase"),
    /** Leasing the unit. */
    LEASE("lease"),
    /** Taking a mortgage on the unit. */
    MORTGAGE("mortgage"),
    /** A lawsuit about the unit. */
    LITIGATION("litigation"),
    /** The asker's own property. */
    OWN_PROPERTY("own-property"),
    /** An official case (registration, court, police), with its reference. */
    CASE("case");

    private final String wireName;

    Purpose(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API. */
    public String wireName() {
        return wireName;
    }

    /** The purpose with this name. */
    public static Optional<Purpose> ofWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }

    /** All names, for messages. */
    public static String wireNames() {
        return Arrays.stream(values()).map(Purpose::wireName).collect(Collectors.joining(", "));
    }
}
