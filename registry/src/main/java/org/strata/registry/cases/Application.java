package org.strata.registry.cases;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strata.registry.register.PartyRole;
import org.strata.registry.register.RegisteredParty;
import org.strata.registry.register.RegistrationType;
import org.strata.registry.unit.UnitCode;

/**
 * What an applicant asks the register to record.
 *
 * @param type the registration type
 * @param unitCode the unit
 * @param parties the parties with their roles
 * @param details per type: subtype, amount, term, courtOrder, corrects, ends, validFrom, statedArea, ...
 * @param newUnit for a first registration of a unit not yet in the cadastre, the unit
 */
public record Application(
        RegistrationType type,
        UnitCode unitCode,
        List<RegisteredParty> parties,
        SortedMap<String, String> details,
        Optional<NewUnit> newUnit) {
    /** Copies the collections. */
    public Application {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unitCode, "unitCode");
        parties = List.copyOf(parties);
        details = new TreeMap<>(details);
        Objects.requireNonNull(newUnit, "newUnit");
    }

    /** The details, unmodifiable. */
    @Override
    public SortedMap<String, String> details() {
        return Collections.unmodifiableSortedMap(details);
    }

    /** The parties in one role. */
    public List<RegisteredParty> partiesIn(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }

    /** A detail, if given. */
    public Optional<String> detail(String name) {
        return Optional.ofNullable(details.get(name)).filter(v -> !v.isBlank());
    }

    /** The event ids listed in {@code details.consents}: the restrictions whose holders consent. */
    public java.util.Set<String> consents() {
        return java.util.Arrays.stream(detail("consents").orElse("").split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The county of the unit. */
    public String county() {
        return unitCode.parcel().county();
    }
}
