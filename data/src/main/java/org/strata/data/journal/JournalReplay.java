package org.strata.data.journal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.strata.data.text.CaseText;
import org.strata.registry.cases.NewUnit;
import org.strata.registry.cases.RegisterSession;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.RegisterStore.ChainHead;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.CadastreStore;
import org.strata.registry.register.ChainHash;
import org.strata.registry.register.EventText;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.StoredEvent;

/**
 * Rebuilds a store's register from a journal (strata recover): checks every journaled event against its hash and
 * its chain, then records in the store, in chain order, the events it lacks, with their cases and the units
 * their first registrations created. The store's own events must be the journal's, event for event.
 */
public final class JournalReplay {
    private static final int EVENTS_PER_TRANSACTION = 500;

    private final RegisterStore store;
    private final CadastreStore cadastre;

    /** A replay into a store (not journaled itself: the journal is the source). */
    public JournalReplay(RegisterStore store, CadastreStore cadastre) {
        this.store = store;
        this.cadastre = cadastre;
    }

    /**
     * What a replay did for one county chain.
     *
     * @param county the county
     * @param journaled events in the journal
     * @param before events the store held before
     * @param added events recorded from the journal
     */
    public record CountyReplay(String county, long journaled, long before, long added) {}

    /**
     * Replays a journal file.
     *
     * @throws IllegalStateException naming the event when the journal does not verify or the store differs from it
     */
    public List<CountyReplay> replay(Path journalFile) {
        Map<String, List<JournalEntry>> byCounty = new TreeMap<>();
        Map<String, ChainHead> heads = new TreeMap<>();
        RegisterJournal.scan(journalFile, entry -> {
            verify(entry, heads.getOrDefault(entry.county(), new ChainHead(0, RegisterEvent.GENESIS_HASH)));
            StoredEvent last = entry.events().get(entry.events().size() - 1);
            heads.put(entry.county(), new ChainHead(last.sequence(), last.hash()));
            byCounty.computeIfAbsent(entry.county(), k -> new ArrayList<>()).add(entry);
        });
        List<CountyReplay> out = new ArrayList<>();
        byCounty.forEach((county, entries) -> out.add(replay(county, entries, heads.get(county))));
        return out;
    }

    private static void verify(JournalEntry entry, ChainHead head) {
        for (StoredEvent e : entry.events()) {
            if (e.sequence() != head.sequence() + 1 || !e.previousHash().equals(head.hash())) {
                throw new IllegalStateException("journaled event " + e.id() + " does not follow event "
                        + head.sequence() + " of county " + entry.county());
            }
            if (!ChainHash.of(e.previousHash(), e.text()).equals(e.hash())) {
                throw new IllegalStateException("journaled event " + e.id() + " does not match its hash");
            }
            RegisterEvent decoded = EventText.decode(e.text(), e.previousHash(), e.hash());
            if (!decoded.id().equals(e.id()) || decoded.sequence() != e.sequence()) {
                throw new IllegalStateException("journaled event " + e.id() + " names another place in the chain");
            }
            head = new ChainHead(e.sequence(), e.hash());
        }
    }

    private CountyReplay replay(String county, List<JournalEntry> entries, ChainHead journaled) {
        ChainHead before = store.head(county);
        long compareAt = Math.min(before.sequence(), journaled.sequence());
        if (compareAt > 0) {
            String journalHash = hashAt(entries, compareAt);
            if (!store.chain(county, compareAt, 1).get(0).hash().equals(journalHash)) {
                throw new IllegalStateException("the store's event " + compareAt + " of county " + county
                        + " differs from the journal's: they are not of the same register");
            }
        }
        List<StoredEvent> missing = new ArrayList<>();
        Map<String, RegistrationCase> cases = new LinkedHashMap<>();
        long added = 0;
        for (JournalEntry entry : entries) {
            entry.events().stream()
                    .filter(e -> e.sequence() > before.sequence())
                    .forEach(missing::add);
            if (entry.events().get(entry.events().size() - 1).sequence() > before.sequence()) {
                entry.caseTexts().stream()
                        .map(CaseText::decode)
                        .forEach(c -> cases.merge(c.id(), c, JournalReplay::later));
            }
            if (missing.size() >= EVENTS_PER_TRANSACTION) {
                added += record(county, missing, cases);
            }
        }
        added += record(county, missing, cases);
        return new CountyReplay(county, journaled.sequence(), before.sequence(), added);
    }

    private static RegistrationCase later(RegistrationCase a, RegistrationCase b) {
        return b.version() >= a.version() ? b : a;
    }

    private static String hashAt(List<JournalEntry> entries, long sequence) {
        return entries.stream()
                .flatMap(e -> e.events().stream())
                .filter(e -> e.sequence() == sequence)
                .findFirst()
                .orElseThrow()
                .hash();
    }

    /** Records events and their cases in one county transaction, then forgets them. */
    private long record(String county, List<StoredEvent> events, Map<String, RegistrationCase> cases) {
        if (events.isEmpty()) {
            return 0;
        }
        for (RegistrationCase c : cases.values()) {
            if (store.findCase(c.id()).isEmpty()) {
                store.createCase(c);
            }
        }
        store.inCountyTransaction(county, session -> {
            for (StoredEvent e : events) {
                session.append(EventText.decode(e.text(), e.previousHash(), e.hash()));
            }
            for (RegistrationCase c : cases.values()) {
                RegistrationCase present = session.findCase(c.id()).orElseThrow();
                if (present.version() < c.version()) {
                    session.updateCase(c, present.version());
                }
                c.application().newUnit().ifPresent(u -> addUnit(session, u));
            }
            return null;
        });
        long count = events.size();
        events.clear();
        cases.clear();
        return count;
    }

    private void addUnit(RegisterSession session, NewUnit unit) {
        Optional<?> present =
                unit.parcel().isPresent() ? cadastre.parcel(unit.unitCode()) : cadastre.unit(unit.unitCode());
        if (present.isEmpty()) {
            session.addToCadastre(new CadastreContents(
                    unit.parcel().stream().toList(),
                    List.of(),
                    unit.buildingUnit().stream().toList()));
        }
    }
}
