package org.strata.registry.access;

import java.util.Optional;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.port.AreaQuery;

/**
 * What the cadastral map (the OGC API's feature collections) discloses to each caller: without sign-in, geometry and
 * unit codes only; signed in, the cadastre's attributes too (never people: those come from the tiered unit lookup);
 * anyone but an officer at most {@link #PUBLIC_FEATURES_PER_REQUEST} features a request, the rest page by page.
 */
public final class MapLookup {
    /** Features a map request of anyone but an officer returns at most. */
    public static final int PUBLIC_FEATURES_PER_REQUEST = 500;

    /**
     * What one caller is shown.
     *
     * @param attributes whether features carry their cadastral attributes (else geometry and id only)
     * @param maxFeatures the most features one request returns
     */
    public record Disclosure(boolean attributes, int maxFeatures) {
        /** The query as this caller may ask it: the page shortened to what they may see at once. */
        public AreaQuery cap(AreaQuery q) {
            return q.limit() <= maxFeatures ? q : q.withLimit(maxFeatures);
        }
    }

    /** What the map discloses to a caller, or to an anonymous request. */
    public Disclosure disclosure(Optional<Actor> caller) {
        if (caller.isEmpty()) {
            return new Disclosure(false, PUBLIC_FEATURES_PER_REQUEST);
        }
        boolean officer = caller.get().role() == Role.OFFICER;
        return new Disclosure(true, officer ? AreaQuery.MAX_LIMIT : PUBLIC_FEATURES_PER_REQUEST);
    }
}
