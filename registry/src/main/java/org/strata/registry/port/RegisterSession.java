package org.strata.registry.port;

import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.RegistrationCase;
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

    /** Appends an event; its sequence must follow the head and its previous hash be the head's hash. */
    void append(RegisterEvent event);

    /** Replaces a case if its version is still {@code expectedVersion}. */
    void updateCase(RegistrationCase registrationCase, long expectedVersion);

    /** Adds cadastre records (a first registration's new unit) in the same transaction. */
    void addToCadastre(CadastreContents contents);
}
