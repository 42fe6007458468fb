package org.strata.registry.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.register.UnitState;

/**
 * Decides what an asker sees of a unit, once, in the domain: officers of the unit's county and the unit's
 * holders see the register state; everyone else sees the natural status and yes/no flags — never names, ID
 * numbers, shares or amounts.
 */
public final class QueryPolicy {
    /** The natural-status entries the public tier may see. */
    private static final Set<String> PUBLIC_STATUS = Set.of("statedArea", "innerArea", "use", "location", "rightType");

    private QueryPolicy() {}

    /**
     * The tier of an asker for a unit: officer of its county, holder, authority with a case reference, interested
     * party with an accepted interest, or public.
     */
    public static Tier tierOf(Actor actor, UnitState state, boolean caseReferenced, boolean interested) {
        Tier base = tierOf(actor, state);
        if (base != Tier.PUBLIC) {
            return base;
        }
        if (actor.role() == Role.AUTHORITY && caseReferenced) {
            return Tier.AUTHORITY;
        }
        return interested ? Tier.INTERESTED : Tier.PUBLIC;
    }

    /** The tier of an asker for a unit in a given state, leaving authorities and interests aside. */
    public static Tier tierOf(Actor actor, UnitState state) {
        if (actor.role() == Role.OFFICER
                && actor.counties().contains(state.unitCode().parcel().county())) {
            return Tier.OFFICER;
        }
        if (actor.idNumber().isPresent()
                && state.holders().stream()
                        .anyMatch(h ->
                                h.party().idNumber().equals(actor.idNumber().get()))) {
            return Tier.HOLDER;
        }
        return Tier.PUBLIC;
    }

    /** The unit as the tier may see it. */
    public static DisclosedUnit disclose(UnitState state, Tier tier) {
        Map<String, String> status = new LinkedHashMap<>();
        state.naturalStatus().forEach((k, v) -> {
            if (tier != Tier.PUBLIC || PUBLIC_STATUS.contains(k)) {
                status.put(k, v);
            }
        });
        Map<String, Boolean> flags = new LinkedHashMap<>();
        flags.put("registered", state.registered());
        flags.put("coOwned", state.coOwned());
        flags.put("mortgaged", !state.mortgages().isEmpty());
        flags.put("advanceNotice", !state.advanceNotices().isEmpty());
        flags.put("objection", !state.objections().isEmpty());
        flags.put(
                "seized",
                state.seizure().isPresent() || !state.waitingSeizures().isEmpty());
        boolean full = tier == Tier.OFFICER || tier == Tier.HOLDER || tier == Tier.AUTHORITY;
        Optional<List<String>> names = tier == Tier.INTERESTED
                ? Optional.of(
                        state.holders().stream().map(h -> h.party().name()).toList())
                : Optional.empty();
        Optional<List<String>> kinds = tier == Tier.INTERESTED
                ? Optional.of(state.allRestrictions().stream()
                        .map(r -> r.type().wireName())
                        .toList())
                : Optional.empty();
        return new DisclosedUnit(
                state.unitCode().toString(),
                tier,
                status,
                flags,
                full ? Optional.of(state) : Optional.empty(),
                names,
                kinds);
    }

    /** The parts of the register a tier's answer discloses, for the query record. */
    public static List<String> disclosed(Tier tier) {
        return switch (tier) {
            case PUBLIC -> List.of("natural-status", "flags");
            case INTERESTED -> List.of("natural-status", "flags", "holder-names", "restriction-kinds");
            default -> List.of("natural-status", "flags", "holders", "restrictions");
        };
    }
}
