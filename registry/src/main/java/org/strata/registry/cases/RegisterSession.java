package org.strata.registry.cases;

import java.util.List;
import java.util.Optional;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.unit.UnitCode;

/** What recording may do inside one county transaction; it sees its own writes. */
public interface RegisterSession {
    /** The chain head as locked by this transaction. */
    RegisterStore.ChainHead head();

    /** The unit's events, in chain order. */
    List<RegisterEvent> eventsOf(UnitCode unitCode);

    /** The case, as it stands now. */
    Optional<RegistrationCase> findCase(String id);

    /**
     * The next number of a certificate series (office, year and kind), the series locked until the transaction
     * ends; the number is taken when an event carrying it in {@code details.certificate} is appended.
     */
    long nextCertificateNumber(String series);

    /**
     * Appends an event; its sequence must follow the head and its previous hash be the head's hash. A
     * {@code details.certificate} it carries is recorded as issued, and must be its series' next number.
     */
    void append(RegisterEvent event);

    /**
     * Appends events in chain order, each as {@link #append} would: the first following the head, each the one before
     * it. A store may write them in batches; this default appends them one by one.
     */
    default void appendAll(List<RegisterEvent> events) {
        events.forEach(this::append);
    }

    /** The events of each unit that has any, in chain order; this default reads them unit by unit. */
    default java.util.Map<UnitCode, List<RegisterEvent>> eventsOfUnits(java.util.Collection<UnitCode> unitCodes) {
        java.util.Map<UnitCode, List<RegisterEvent>> events = new java.util.HashMap<>();
        for (UnitCode code : unitCodes) {
            List<RegisterEvent> history = eventsOf(code);
            if (!history.isEmpty()) {
                events.put(code, history);
            }
        }
        return events;
    }

    /** Replaces a case if its version is still {@code expectedVersion}. */
    void updateCase(RegistrationCase registrationCase, long expectedVersion);

    /** Adds cadastre records (a first registration's new unit) in the same transaction. */
    void addToCadastre(CadastreContents contents);

    /**
     * Says that many new units of the session's county follow, through {@link #addToCadastre}, until
     * {@link #finishBulkLoad}. A store may hold them apart and build their indexes once after the load instead of
     * row by row; they are committed or rolled back with the transaction as ever. This default does nothing.
     */
    default void beginBulkLoad() {}

    /** Ends the bulk load {@link #beginBulkLoad} began, building what the store deferred; this default does nothing. */
    default void finishBulkLoad() {}
}
