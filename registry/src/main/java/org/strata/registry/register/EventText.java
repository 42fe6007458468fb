package org.strata.registry.register;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.strata.registry.party.IdType;
import org.strata.registry.party.Party;
import org.strata.registry.right.Share;
import org.strata.registry.unit.UnitCode;

/**
 * The canonical text of an event: one {@code name=value} line per field in a fixed order, values escaped
 * ({@code \\}, {@code \n}). The text is what the chain hash covers and what the stores keep, so that any
 * change to a stored event changes its hash.
 */
public final class EventText {
    private EventText() {}

    /** The canonical text of an event's content (its hashes excluded). */
    public static String encode(RegisterEvent e) {
        KeyValueText text = new KeyValueText();
        text.put("id", e.id());
        text.put("county", e.county());
        text.put("sequence", Long.toString(e.sequence()));
        text.put("unit", e.unitCode().toString());
        text.put("type", e.type().wireName());
        text.put("subtype", Integer.toString(e.subtype()));
        text.put("case", e.caseId());
        text.put("officer", e.officer());
        text.put("recordedAt", e.recordedAt().toString());
        text.put("validFrom", e.validFrom().toString());
        text.put("ends", e.ends().orElse(""));
        text.put("corrects", e.corrects().orElse(""));
        putParties(text, e.parties());
        e.details().forEach((k, v) -> text.put("detail." + k, v));
        return text.toString();
    }

    /** Writes parties as {@code party.N.role|name|idType|idNumber|share} lines. */
    public static void putParties(KeyValueText text, List<RegisteredParty> parties) {
        for (int i = 0; i < parties.size(); i++) {
            RegisteredParty p = parties.get(i);
            String prefix = "party." + i + ".";
            text.put(prefix + "role", p.role().wireName());
            text.put(prefix + "name", p.party().name());
            text.put(prefix + "idType", p.party().idType().wireName());
            text.put(prefix + "idNumber", p.party().idNumber());
            text.put(prefix + "share", p.share().map(Share::toString).orElse(""));
        }
    }

    /** Reads the parties written by {@link #putParties}. */
    public static List<RegisteredParty> readParties(Map<String, String> fields) {
        List<RegisteredParty> parties = new ArrayList<>();
        for (int i = 0; fields.containsKey("party." + i + ".role"); i++) {
            String prefix = "party." + i + ".";
            String share = fields.get(prefix + "share");
            parties.add(new RegisteredParty(
                    PartyRole.ofWireName(required(fields, prefix + "role"))
                            .orElseThrow(() -> new IllegalArgumentException("unknown party role")),
                    new Party(
                            required(fields, prefix + "name"),
                            IdType.ofWireName(required(fields, prefix + "idType")),
                            required(fields, prefix + "idNumber")),
                    share == null || share.isEmpty() ? Optional.empty() : Optional.of(Share.parse(share))));
        }
        return parties;
    }

    /**
     * The id of the case an event's canonical text was recorded by, read without reading the rest of the event.
     *
     * @throws IllegalArgumentException when the text names no case
     */
    public static String caseIdOf(String text) {
        return KeyValueText.value(text, "case")
                .orElseThrow(() -> new IllegalArgumentException("the stored event has no field 'case'"));
    }

    /**
     * Reads an event from its canonical text and stored hashes.
     *
     * @throws IllegalArgumentException naming what is wrong when the text is not a valid event
     */
    public static RegisterEvent decode(String text, String previousHash, String hash) {
        Map<String, String> fields = KeyValueText.parse(text);
        try {
            List<RegisteredParty> parties = readParties(fields);
            TreeMap<String, String> details = new TreeMap<>();
            fields.forEach((k, v) -> {
                if (k.startsWith("detail.")) {
                    details.put(k.substring(7), v);
                }
            });
            return new RegisterEvent(
                    required(fields, "id"),
                    required(fields, "county"),
                    Long.parseLong(required(fields, "sequence")),
                    UnitCode.parse(required(fields, "unit")),
                    RegistrationType.ofWireName(required(fields, "type"))
                            .orElseThrow(() -> new IllegalArgumentException("unknown registration type")),
                    Integer.parseInt(required(fields, "subtype")),
                    required(fields, "case"),
                    required(fields, "officer"),
                    InstantText.parse(required(fields, "recordedAt")),
                    InstantText.parse(required(fields, "validFrom")),
                    parties,
                    details,
                    optional(fields.get("ends")),
                    optional(fields.get("corrects")),
                    previousHash,
                    hash);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("event text has a malformed field: " + e.getMessage(), e);
        }
    }

    static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("event text has no " + name);
        }
        return value;
    }
}
