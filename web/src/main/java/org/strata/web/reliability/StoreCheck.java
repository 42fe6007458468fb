package org.strata.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strata.web.reliability.Client.Answer;

/**
 * Checks a restarted service against a {@link Ledger}: every acknowledged case and recording is there, the chains
 * verify, no attempted new unit is half there (in the cadastre without its first registration, or the reverse), no
 * case says recorded without its event, and every unit's holder is one the acknowledged history allows.
 */
final class StoreCheck {
    /** What a check found. */
    record Findings(int acknowledged, int lost, int halfWritten, boolean chainIntact, List<String> examples) {
        boolean clean() {
            return lost == 0 && halfWritten == 0 && chainIntact;
        }
    }

    private StoreCheck() {}

    static Findings run(Client officer, Ledger ledger) throws Exception {
        List<String> examples = new ArrayList<>();
        int lost = 0;
        int half = 0;
        Answer verify = officer.get("/api/v1/register/verify");
        boolean intact = verify.status() == 200 && verify.json().path("intact").asBoolean(false);
        if (!intact) {
            examples.add("chain: " + verify.body());
        }
        Map<String, Set<String>> eventsByUnit = new HashMap<>();
        List<Ledger.Recording> recordings = ledger.recordings();
        Set<String> units = new HashSet<>(ledger.attemptedUnits());
        recordings.forEach(r -> units.add(r.unitCode()));
        for (String unit : units) {
            eventsByUnit.put(unit, events(officer, unit));
        }
        for (Ledger.Recording r : recordings) {
            if (!eventsByUnit.get(r.unitCode()).contains(r.eventId())) {
                lost++;
                note(examples, "lost " + r.type() + " " + r.eventId() + " of " + r.unitCode());
            }
        }
        for (String caseId : ledger.submittedCases()) {
            Answer c = officer.get("/api/v1/cases/" + caseId);
            if (c.status() != 200) {
                lost++;
                note(examples, "lost case " + caseId + " (" + c.status() + ")");
                continue;
            }
            JsonNode json = c.json();
            if (json.path("status").asText().equals("recorded")) {
                String unit = json.path("unitCode").asText();
                Set<String> events = eventsByUnit.computeIfAbsent(unit, u -> uncheckedEvents(officer, u));
                if (!events.contains(json.path("eventId").asText())) {
                    half++;
                    note(examples, "case " + caseId + " says recorded, its event is missing");
                }
            }
        }
        for (String unit : ledger.attemptedUnits()) {
            boolean inCadastre =
                    officer.get("/ogc/collections/parcels/items/" + unit).status() == 200;
            boolean registered = !eventsByUnit.get(unit).isEmpty();
            if (inCadastre != registered) {
                half++;
                note(examples, unit + (inCadastre ? " is in the cadastre without" : " has events without its parcel"));
            }
        }
        for (Map.Entry<String, Set<String>> e : ledger.possibleHolders().entrySet()) {
            if (eventsByUnit.get(e.getKey()).isEmpty()) {
                continue;
            }
            Answer unit = officer.get("/api/v1/units/" + e.getKey() + "?purpose=case");
            Set<String> holders = new HashSet<>();
            unit.json()
                    .path("holders")
                    .forEach(h -> holders.add(h.path("idNumber").asText()));
            if (holders.size() != 1 || !e.getValue().containsAll(holders)) {
                half++;
                note(examples, e.getKey() + " is held by " + holders + ", expected one of " + e.getValue());
            }
        }
        return new Findings(recordings.size() + ledger.submittedCases().size(), lost, half, intact, examples);
    }

    private static Set<String> events(Client officer, String unit) throws Exception {
        Answer history = officer.get("/api/v1/units/" + unit + "/history");
        Set<String> ids = new HashSet<>();
        if (history.status() == 200) {
            history.json().path("events").forEach(e -> ids.add(e.path("id").asText()));
        }
        return ids;
    }

    private static Set<String> uncheckedEvents(Client officer, String unit) {
        try {
            return events(officer, unit);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void note(List<String> examples, String what) {
        if (examples.size() < 10) {
            examples.add(what);
        }
    }
}
