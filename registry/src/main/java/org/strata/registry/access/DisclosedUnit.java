package org.strata.registry.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.strata.registry.register.UnitState;

/**
 * A unit as one asker may see it: the natural status and the yes/no flags for everyone; the full register state
 * (holders, shares, restrictions with their amounts) only for the tiers the law allows.
 *
 * @param unitCode the unit
 * @param tier the tier the view was made for
 * @param naturalStatus area, use, location (no holders)
 * @param flags co-owned, mortgaged, advance notice, objection, seized
 * @param full the whole register state, for the officer, holder and authority tiers
 * @param holderNames the holders' names, for the interested tier (no ID numbers or shares)
 * @param restrictionKinds the kinds of restriction in force, for the interested tier (no amounts)
 */
public record DisclosedUnit(
        String unitCode,
        Tier tier,
        Map<String, String> naturalStatus,
        Map<String, Boolean> flags,
        Optional<UnitState> full,
        Optional<List<String>> holderNames,
        Optional<List<String>> restrictionKinds) {
    /** Checks and copies. */
    public DisclosedUnit {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(tier, "tier");
        naturalStatus = Map.copyOf(naturalStatus);
        flags = Map.copyOf(flags);
        Objects.requireNonNull(full, "full");
        holderNames = holderNames.map(List::copyOf);
        restrictionKinds = restrictionKinds.map(List::copyOf);
    }
}
