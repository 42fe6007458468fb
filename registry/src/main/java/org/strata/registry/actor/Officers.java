package org.strata.registry.actor;

/** Only registration officers scoped to a unit's county may handle its cases and read its register. */
public final class Officers {
    private Officers() {}

    /**
     * Checks that the actor is an officer of the county.
     *
     * @throws AccessException of kind FORBIDDEN otherwise
     */
    public static void require(Actor actor, String county) {
        requireAny(actor);
        if (!actor.counties().contains(county)) {
            throw new AccessException(
                    AccessException.Kind.FORBIDDEN,
                    "out-of-scope",
                    "officer " + actor.subject() + " is not scoped to county " + county);
        }
    }

    /** Checks that the actor is an officer of any county. */
    public static void requireAny(Actor actor) {
        if (actor.role() != Role.OFFICER) {
            throw new AccessException(
                    AccessException.Kind.FORBIDDEN,
                    "officer-required",
                    "only a registration officer may do this; you are signed in as "
                            + actor.role().wireName());
        }
    }
}
