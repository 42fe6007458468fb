package org.strata.registry.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.strata.registry.unit.UnitCode;

/** Builds a chain of events for one unit in tests, hashing each onto the one before. */
public final class Events {
    private final UnitCode unit;
    private final List<RegisterEvent> chain = new ArrayList<>();

    /** A chain for a unit. */
    public Events(UnitCode unit) {
        this.unit = unit;
    }

    /** Appends an event valid from when it is recorded. */
    public RegisterEvent add(
            RegistrationType type,
            int subtype,
            Instant at,
            List<RegisteredParty> parties,
            Map<String, String> details,
            String ends,
            String corrects) {
        return add(type, subtype, at, at, parties, details, ends, corrects);
    }

    /** Appends an event with its own validity start. */
    public RegisterEvent add(
            RegistrationType type,
            int subtype,
            Instant recorded,
            Instant validFrom,
            List<RegisteredParty> parties,
            Map<String, String> details,
            String ends,
            String corrects) {
        long sequence = chain.size() + 1;
        String previous = chain.isEmpty()
                ? RegisterEvent.GENESIS_HASH
                : chain.get(chain.size() - 1).hash();
        RegisterEvent draft = new RegisterEvent(
                RegisterEvent.idOf("330106", sequence),
                "330106",
                sequence,
                unit,
                type,
                subtype,
                "case-" + sequence,
                "officer",
                recorded,
                validFrom,
                parties,
                new TreeMap<>(details),
                Optional.ofNullable(ends),
                Optional.ofNullable(corrects),
                previous,
                "");
        RegisterEvent event = draft.hashed();
        chain.add(event);
        return event;
    }

    /** The events so far. */
    public List<RegisterEvent> all() {
        return List.copyOf(chain);
    }
}
