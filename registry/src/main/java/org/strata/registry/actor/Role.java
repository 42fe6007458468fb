package org.strata.registry.actor;

import java.util.Optional;

/** The roles an actor can have (see the actors table of the access design). */
public enum Role {
    /** Registration officer, scoped to counties. */
    OFFICER("officer"),
    /** Department reviewer (planning, civil air defence, housing, greening, traffic). */
    REVIEWER("reviewer"),
    /** Surveyor bound to a firm. */
    SURVEYOR("surveyor"),
    /** A verified member of the public. */
    PUBLIC("public"),
    /** A verified person who holds rights. */
    HOLDER("holder"),
    /** A court or police authority, querying with a case reference. */
    AUTHORITY("authority"),
    /** A bank, identified by its unified social credit code, applying for the mortgages it holds. */
    BANK("bank");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in tokens and the API. */
    public String wireName() {
        return wireName;
    }

    /** The role with this wire name. */
    public static Optional<Role> ofWireName(String name) {
        for (Role role : values()) {
            if (role.wireName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
