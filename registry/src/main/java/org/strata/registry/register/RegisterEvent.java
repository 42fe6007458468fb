package org.strata.registry.register;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strata.registry.unit.UnitCode;

/**
 * One immutable entry of the register book.
 *
 * @param id the event id, {@code <county>-<sequence>}
 * @param county the county whose chain holds the event
 * @param sequence the position in the county's chain, from 1
 * @param unitCode the unit registered on
 * @param type what the registration does
 * @param subtype the sub-type (advance notice 1-4, seizure 1-5, mortgage 1-2), 0 when none
 * @param caseId the case it was recorded from
 * @param officer the officer who recorded it
 * @param recordedAt the registration time (登簿时间)
 * @param validFrom the start of its legal validity; a correction takes the start of what it corrects
 * @param parties the parties it names
 * @param details the registered facts by name (statedArea, amount, term, courtOrder, ...), sorted
 * @param ends the event it ends (a release or cancellation), if any
 * @param corrects the event it corrects, if any
 * @param previousHash the hash of the county chain's previous event (64 zeros for the first)
 * @param hash SHA-256 over the previous hash and this event's canonical text
 */
public record RegisterEvent(
        String id,
        String county,
        long sequence,
        UnitCode unitCode,
        RegistrationType type,
        int subtype,
        String caseId,
        String officer,
        Instant recordedAt,
        Instant validFrom,
        List<RegisteredParty> parties,
        SortedMap<String, String> details,
        Optional<String> ends,
        Optional<String> corrects,
        String previousHash,
        String hash) {
    /** The previous hash of a county chain's first event. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** Copies the collections and checks the fields. */
    public RegisterEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(corrects, "corrects");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        parties = List.copyOf(parties);
        details = new TreeMap<>(details);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence " + sequence + " must be at least 1");
        }
    }

    /** The event id for a county and sequence. */
    public static String idOf(String county, long sequence) {
        String digits = Long.toString(sequence); // as %08d, without a formatter: it is on every write
        return county + "-" + (digits.length() >= 8 ? digits : "00000000".substring(digits.length()) + digits);
    }

    /** This event with its hash computed over its previous hash and its canonical text. */
    public RegisterEvent hashed() {
        String computed = ChainHash.of(previousHash, EventText.encode(this));
        return new RegisterEvent(
                id,
                county,
                sequence,
                unitCode,
                type,
                subtype,
                caseId,
                officer,
                recordedAt,
                validFrom,
                parties,
                details,
                ends,
                corrects,
                previousHash,
                computed);
    }

    /** The parties in one role. */
    public List<RegisteredParty> partiesIn(PartyRole role) {
        return parties.stream().filter(p -> p.role() == role).toList();
    }

    /** A detail, if registered. */
    public Optional<String> detail(String name) {
        return Optional.ofNullable(details.get(name));
    }

    /** The registered facts by name, unmodifiable. */
    @Override
    public SortedMap<String, String> details() {
        return Collections.unmodifiableSortedMap(details);
    }
}
