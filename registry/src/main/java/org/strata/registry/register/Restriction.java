package org.strata.registry.register;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A mortgage, seizure, advance notice, objection or easement in force on a unit, with the event that
 * registered it.
 *
 * @param type the registration type that created it
 * @param eventId the event that registered it
 * @param subtype its sub-type, 0 when none
 * @param parties the parties the registration names
 * @param details the registered facts (amount, term, courtOrder, ...)
 * @param since when it took effect (for a queued seizure: when it moved to the head of the queue)
 * @param rank its rank among restrictions of its kind (mortgages by registration order; 1 for an
 *     effective seizure, 2.. for those waiting in line)
 * @param lapsesAt when it lapses by law unless ended or renewed, if it does
 */
public record Restriction(
        RegistrationType type,
        String eventId,
        int subtype,
        List<RegisteredParty> parties,
        SortedMap<String, String> details,
        Instant since,
        int rank,
        Optional<Instant> lapsesAt) {
    /** Copies the collections. */
    public Restriction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventId, "eventId");
        parties = List.copyOf(parties);
        details = new TreeMap<>(details);
        Objects.requireNonNull(lapsesAt, "lapsesAt");
    }

    /** The registered facts, unmodifiable. */
    @Override
    public SortedMap<String, String> details() {
        return Collections.unmodifiableSortedMap(details);
    }

    /** The same restriction with another rank, start and lapse time. */
    Restriction placed(int newRank, Instant newSince, Optional<Instant> newLapse) {
        return new Restriction(type, eventId, subtype, parties, details, newSince, newRank, newLapse);
    }
}
