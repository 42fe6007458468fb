package org.strata.web.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a load told the service and what the service acknowledged: every case it submitted (201), every recording
 * it was answered with an event id (200), the new units it tried to register, and the holders each unit may have.
 * The crash test checks the restarted store against it.
 */
final class Ledger {
    /** A recording the service acknowledged. */
    record Recording(String caseId, String unitCode, String eventId, String type) {}

    private final List<Recording> recordings = new ArrayList<>();
    private final List<String> submittedCases = new ArrayList<>();
    private final Set<String> attemptedUnits = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> possibleHolders = new ConcurrentHashMap<>();

    synchronized void submitted(String caseId) {
        submittedCases.add(caseId);
    }

    synchronized void recorded(Recording r) {
        recordings.add(r);
    }

    void attemptedNewUnit(String unitCode) {
        attemptedUnits.add(unitCode);
    }

    /** The unit's holder is now one of these (an unacknowledged transfer may or may not have committed). */
    void holders(String unitCode, Set<String> idNumbers) {
        possibleHolders.put(unitCode, Set.copyOf(idNumbers));
    }

    synchronized List<Recording> recordings() {
        return List.copyOf(recordings);
    }

    synchronized List<String> submittedCases() {
        return List.copyOf(submittedCases);
    }

    Set<String> attemptedUnits() {
        return Set.copyOf(attemptedUnits);
    }

    Map<String, Set<String>> possibleHolders() {
        return Map.copyOf(possibleHolders);
    }

    /**
     * What was added since the last call: the ledger's own counts at that call, so that a check can look closely
     * at the newest entries and sample the older ones.
     */
    synchronized int[] mark() {
        int[] marks = {recordings.size(), submittedCases.size()};
        return marks;
    }

    synchronized void clear() {
        recordings.clear();
        submittedCases.clear();
        attemptedUnits.clear();
        possibleHolders.clear();
    }
}
