package org.strata.data.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strata.registry.register.KeyValueText;
import org.strata.registry.register.StoredEvent;

/**
 * One block of the journal: events of one county chain, in order, as stored, and the cases they were recorded
 * from, in their canonical text.
 *
 * @param county the county chain
 * @param events the events, consecutive in the chain
 * @param caseTexts the cases' canonical texts (none for an import batch)
 */
public record JournalEntry(String county, List<StoredEvent> events, List<String> caseTexts) {
    /** Copies the lists. */
    public JournalEntry {
        events = List.copyOf(events);
        caseTexts = List.copyOf(caseTexts);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a journal entry holds at least one event");
        }
    }

    /** The entry as {@code name=value} lines, every name and value escaped. */
    String encode() {
        KeyValueText text = new KeyValueText().put("county", county);
        for (int i = 0; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            String p = "event." + i + ".";
            text.put(p + "id", e.id())
                    .put(p + "seq", Long.toString(e.sequence()))
                    .put(p + "unit", e.unitCode())
                    .put(p + "text", e.text())
                    .put(p + "prev", e.previousHash())
                    .put(p + "hash", e.hash());
        }
        for (int i = 0; i < caseTexts.size(); i++) {
            text.put("case." + i, caseTexts.get(i));
        }
        return text.toString();
    }

    /**
     * Reads an entry from its fields.
     *
     * @throws IllegalArgumentException naming the missing field
     */
    static JournalEntry decode(Map<String, String> fields) {
        String county = required(fields, "county");
        List<StoredEvent> events = new ArrayList<>();
        for (int i = 0; fields.containsKey("event." + i + ".id"); i++) {
            String p = "event." + i + ".";
            events.add(new StoredEvent(
                    required(fields, p + "id"),
                    county,
                    Long.parseLong(required(fields, p + "seq")),
                    required(fields, p + "unit"),
                    required(fields, p + "text"),
                    required(fields, p + "prev"),
                    required(fields, p + "hash")));
        }
        List<String> cases = new ArrayList<>();
        for (int i = 0; fields.containsKey("case." + i); i++) {
            cases.add(fields.get("case." + i));
        }
        return new JournalEntry(county, events, cases);
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the journal entry has no " + name);
        }
        return value;
    }
}
