package org.strata.registry.register;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.strata.registry.unit.UnitCode;

/**
 * What the register says about a unit at one moment: natural status, holders, and the restrictions in force,
 * each traceable to the event that registered it.
 *
 * @param unitCode the unit
 * @param registered whether a first registration is in force
 * @param cancelled whether the unit's right has been cancelled
 * @param naturalStatus the registered natural status and right (statedArea, use, location, rightType, ...)
 * @param ownershipEventId the event that made the current holders holders
 * @param holders the current holders with their shares
 * @param mortgages mortgages in force, by rank
 * @param seizure the seizure in effect, if any
 * @param waitingSeizures seizures waiting in line, in order
 * @param advanceNotices advance notices in force
 * @param objections objections in force
 * @param easements easements in force
 * @param residenceRights residence rights in force (居住权)
 * @param eventCount how many events this view includes
 */
public record UnitState(
        UnitCode unitCode,
        boolean registered,
        boolean cancelled,
        SortedMap<String, String> naturalStatus,
        Optional<String> ownershipEventId,
        List<RegisteredParty> holders,
        List<Restriction> mortgages,
        Optional<Restriction> seizure,
        List<Restriction> waitingSeizures,
        List<Restriction> advanceNotices,
        List<Restriction> objections,
        List<Restriction> easements,
        List<Restriction> residenceRights,
        int eventCount) {
    /** Copies the collections. */
    public UnitState {
        Objects.requireNonNull(unitCode, "unitCode");
        naturalStatus = new TreeMap<>(naturalStatus);
        holders = List.copyOf(holders);
        mortgages = List.copyOf(mortgages);
        waitingSeizures = List.copyOf(waitingSeizures);
        advanceNotices = List.copyOf(advanceNotices);
        objections = List.copyOf(objections);
        easements = List.copyOf(easements);
        residenceRights = List.copyOf(residenceRights);
    }

    /** The natural status, unmodifiable. */
    @Override
    public SortedMap<String, String> naturalStatus() {
        return Collections.unmodifiableSortedMap(naturalStatus);
    }

    /** Whether more than one party holds the right. */
    public boolean coOwned() {
        return holders.size() > 1;
    }

    /**
     * Every restriction in force (mortgages, seizures effective and waiting, notices, objections, easements,
     * residence rights).
     */
    public List<Restriction> allRestrictions() {
        List<Restriction> all = new java.util.ArrayList<>(mortgages);
        seizure.ifPresent(all::add);
        all.addAll(waitingSeizures);
        all.addAll(advanceNotices);
        all.addAll(objections);
        all.addAll(easements);
        all.addAll(residenceRights);
        return all;
    }
}
