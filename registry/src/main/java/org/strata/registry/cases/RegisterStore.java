package org.strata.registry.cases;

import java.util.List;
import java.util.Optional;
import org.strata.registry.port.ConcurrentChangeException;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegisterReader;
import org.strata.registry.register.StoredEvent;
import org.strata.registry.unit.UnitCode;

/**
 * Storage of the register book (an append-only chain of events per county) and of registration cases.
 * Appends happen only inside {@link #inCountyTransaction}, which holds the county chain's lock, so two
 * recordings in one county never interleave, on any store.
 */
public interface RegisterStore extends RegisterReader {
    /** Stores a new case. */
    void createCase(RegistrationCase registrationCase);

    /** The case with this id. */
    Optional<RegistrationCase> findCase(String id);

    /**
     * Replaces a case if its stored version is still {@code expectedVersion}.
     *
     * @throws ConcurrentChangeException when another change came first
     */
    void updateCase(RegistrationCase registrationCase, long expectedVersion);

    /** Up to {@code limit} cases of a county in these statuses, in no particular order. */
    List<RegistrationCase> casesOf(String county, java.util.Set<CaseStatus> statuses, int limit);

    /** Up to {@code limit} cases whose application names a party with this identity document number. */
    List<RegistrationCase> casesNaming(String idNumber, int limit);

    /** The events of several units, in chain order, by unit (units without events are absent). */
    java.util.Map<UnitCode, List<RegisterEvent>> eventsOfUnits(java.util.Collection<UnitCode> unitCodes);

    /** The units whose events name a party with this identity document number, in code order. */
    List<UnitCode> unitsNaming(String idNumber);

    /** The event with this id. */
    Optional<RegisterEvent> event(String id);

    /** The event a certificate or proof number was issued with. */
    Optional<RegisterEvent> eventByCertificate(String number);

    /** The counties that have a chain. */
    List<String> counties();

    /** Up to {@code limit} stored events of a county chain from {@code fromSequence} on, as stored, in order. */
    List<StoredEvent> chain(String county, long fromSequence, int limit);

    /** The county chain's head: its last sequence and hash (0 and the genesis hash when empty). */
    ChainHead head(String county);

    /**
     * Runs {@code work} in one transaction holding the county chain's lock: everything it writes is kept
     * together or not at all.
     */
    <T> T inCountyTransaction(String county, RegisterWork<T> work);

    /**
     * The chain head.
     *
     * @param sequence the last sequence, 0 when the chain is empty
     * @param hash the last event's hash
     */
    record ChainHead(long sequence, String hash) {}

    /** Work inside a county transaction. */
    @FunctionalInterface
    interface RegisterWork<T> {
        /** Does the work with the transaction's session. */
        T run(RegisterSession session);
    }
}
