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
 * case says recorded without its event, and every unit's holder is one the acknowledged history allows. The chain
 * verification covers every event ever recorded (a missing or altered one breaks it); entries acknowledged since an
 * earlier check are each looked up, and older ones in a sample.
 */
final class StoreCheck {
    /** What a check found. */
    record Findings(int acknowledged, int lost, int halfWritten, boolean chainIntact, List<String> examples) {
        boolean clean() {
            return lost == 0 && halfWritten == 0 && chainIntact;
        }
    }

    private StoreCheck() {}

    /** Checks every entry of the ledger. */
    static Findings run(Client officer, Ledger ledger) throws Exception {
        return run(officer, ledger, new int[] {0, 0}, Integer.MAX_VALUE);
    }

    /**
     * Checks the entries after {@code since} (the ledger's {@link Ledger#mark() mark} at an earlier check) and at
     * most {@code sample} of the older ones, chosen evenly.
     */
    static Findings run(Client officer, Ledger ledger, int[] since, int sample) throws Exception {
        List<String> examples = new ArrayList<>();
        int lost = 0;
        int half = 0;
        Answer verify = officer.get("/api/v1/register/verify");
        boolean intact = verify.status() == 200 && verify.json().path("intact").asBoolean(false);
        if (!intact) {
            examples.add("chain: " + verify.body());
        }
        List<Ledger.Recording> all = ledger.recordings();
        List<Ledger.Recording> recordings = pick(all, since[0], sample);
        List<String> cases = pick(ledger.submittedCases(), since[1], sample);
        Set<String> units = new HashSet<>();
        recordings.forEach(r -> units.add(r.unitCode()));
        List<String> attempted = new ArrayList<>(ledger.attemptedUnits());
        attempted.sort(null);
        // every attempted unit when the check is complete; else those of the checked recordings and a sample
        for (String unit : pick(attempted, sample >= attempted.size() ? attempted.size() : 0, sample)) {
            units.add(unit);
        }
        Map<String, Set<String>> eventsByUnit = new HashMap<>();
        for (String unit : units) {
            eventsByUnit.put(unit, events(officer, unit));
        }
        for (Ledger.Recording r : recordings) {
            if (!eventsByUnit.get(r.unitCode()).contains(r.eventId())) {
                lost++;
                note(examples, "lost " + r.type() + " " + r.eventId() + " of " + r.unitCode());
            }
        }
        for (String caseId : cases) {
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
        Set<String> attemptedSet = ledger.attemptedUnits();
        for (String unit : units) {
            if (!attemptedSet.contains(unit)) {
                continue;
            }
            boolean inCadastre =
                    officer.get("/ogc/collections/parcels/items/" + unit).status() == 200;
            boolean registered = !eventsByUnit.get(unit).isEmpty();
            if (inCadastre != registered) {
                half++;
                note(examples, unit + (inCadastre ? " is in the cadastre without" : " has events without its parcel"));
            }
        }
        Map<String, Set<String>> holders = ledger.possibleHolders();
        for (String unit : units) {
            Set<String> possible = holders.get(unit);
            if (possible == null || eventsByUnit.get(unit).isEmpty()) {
                continue;
            }
            Set<String> found = new HashSet<>();
            officer.get("/api/v1/units/" + unit + "?purpose=case")
                    .json()
                    .path("holders")
                    .forEach(h -> found.add(h.path("idNumber").asText()));
            if (found.size() != 1 || !possible.containsAll(found)) {
                half++;
                note(examples, unit + " is held by " + found + ", expected one of " + possible);
            }
        }
        return new Findings(all.size() + ledger.submittedCases().size(), lost, half, intact, examples);
    }

    /** The entries from {@code from} on, and at most {@code sample} of those before it, evenly spread. */
    private static <T> List<T> pick(List<T> entries, int from, int sample) {
        List<T> out = new ArrayList<>(entries.subList(Math.min(from, entries.size()), entries.size()));
        int older = Math.min(from, entries.size());
        if (older > 0 && sample > 0) {
            int step = Math.max(1, older / Math.min(sample, older));
            for (int i = 0; i < older; i += step) {
                out.add(entries.get(i));
            }
        }
        return out;
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
