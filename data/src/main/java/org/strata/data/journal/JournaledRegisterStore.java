package org.strata.data.journal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.strata.data.text.CaseText;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.port.StoreException;
import org.strata.registry.register.EventText;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.StoredEvent;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.UnitCode;

/**
 * A register store whose every committed county transaction is copied to the journal, fsynced, before it
 * returns, so nothing is acknowledged that is not in both. The journal is brought up to the store after each
 * transaction (and when opened), from the store itself, so a journal write that failed is made good by the next.
 */
public final class JournaledRegisterStore implements RegisterStore {
    private static final int PAGE = 500;

    private final RegisterStore store;
    private final RegisterJournal journal;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    private JournaledRegisterStore(RegisterStore store, RegisterJournal journal) {
        this.store = store;
        this.journal = journal;
    }

    /**
     * Pairs a store with its journal: checks that the store holds every journaled event and copies to the
     * journal what the store holds beyond it.
     *
     * @throws StoreException when the store lacks journaled events or differs from the journal
     */
    public static JournaledRegisterStore open(RegisterStore store, RegisterJournal journal) {
        TreeSet<String> counties = new TreeSet<>(store.counties());
        counties.addAll(journal.counties());
        for (String county : counties) {
            ChainHead inStore = store.head(county);
            ChainHead journaled = journal.head(county);
            if (journaled.sequence() > inStore.sequence()) {
                throw new StoreException(
                        "the store's chain of county " + county + " ends at event " + inStore.sequence()
                                + " but the register journal " + journal.file() + " holds events up to "
                                + journaled.sequence() + ": the store has lost recorded events. Restore the latest"
                                + " backup (strata restore) and replay the journal into it (strata recover)",
                        null);
            }
            if (journaled.sequence() > 0
                    && !store.chain(county, journaled.sequence(), 1)
                            .get(0)
                            .hash()
                            .equals(journaled.hash())) {
                throw new StoreException(
                        "the store's event " + journaled.sequence() + " of county " + county + " differs from the"
                                + " register journal " + journal.file() + ": they are not of the same register",
                        null);
            }
        }
        JournaledRegisterStore paired = new JournaledRegisterStore(store, journal);
        counties.forEach(paired::catchUp);
        return paired;
    }

    /** Copies the county's events the journal lacks from the store to the journal. */
    private void catchUp(String county) {
        ChainHead journaled = journal.head(county);
        long from = journaled.sequence() + 1;
        while (true) {
            List<StoredEvent> page = store.chain(county, from, PAGE);
            if (page.isEmpty()) {
                return;
            }
            if (from == journaled.sequence() + 1 && !page.get(0).previousHash().equals(journaled.hash())) {
                throw new StoreException(
                        "the store's chain of county " + county + " differs from the register journal " + journal.file()
                                + " at event " + from + ": they are not of the same register",
                        null);
            }
            List<String> cases = new ArrayList<>();
            page.stream().map(e -> EventText.caseIdOf(e.text())).distinct().forEach(caseId -> store.findCase(caseId)
                    .map(CaseText::encode)
                    .ifPresent(cases::add));
            journal.append(new JournalEntry(county, page, cases));
            if (page.size() < PAGE) {
                return; // the chain ends in this page
            }
            from = page.get(page.size() - 1).sequence() + 1;
        }
    }

    @Override
    public <T> T inCountyTransaction(String county, RegisterWork<T> work) {
        // the store orders the county's transactions (its chain lock); the journal is brought up to the store after
        // each, one copy at a time: recordings committed together are journaled by one append and one fsync
        T result = store.inCountyTransaction(county, work);
        ReentrantLock lock = locks.computeIfAbsent(county, k -> new ReentrantLock());
        lock.lock();
        try {
            catchUp(county);
            return result;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void createCase(RegistrationCase registrationCase) {
        store.createCase(registrationCase);
    }

    @Override
    public Optional<RegistrationCase> findCase(String id) {
        return store.findCase(id);
    }

    @Override
    public List<RegistrationCase> casesOf(String county, java.util.Set<CaseStatus> statuses, int limit) {
        return store.casesOf(county, statuses, limit);
    }

    @Override
    public List<RegistrationCase> casesNaming(String idNumber, int limit) {
        return store.casesNaming(idNumber, limit);
    }

    @Override
    public void updateCase(RegistrationCase registrationCase, long expectedVersion) {
        store.updateCase(registrationCase, expectedVersion);
    }

    @Override
    public List<RegisterEvent> eventsOf(UnitCode unitCode) {
        return store.eventsOf(unitCode);
    }

    @Override
    public Map<UnitCode, List<RegisterEvent>> eventsOfUnits(Collection<UnitCode> unitCodes) {
        return store.eventsOfUnits(unitCodes);
    }

    @Override
    public Map<UnitCode, List<RegisterEvent>> eventsOnParcel(ParcelCode parcel) {
        return store.eventsOnParcel(parcel);
    }

    @Override
    public List<UnitCode> unitsNaming(String idNumber) {
        return store.unitsNaming(idNumber);
    }

    @Override
    public Optional<RegisterEvent> event(String id) {
        return store.event(id);
    }

    @Override
    public Optional<RegisterEvent> eventByCertificate(String number) {
        return store.eventByCertificate(number);
    }

    @Override
    public List<String> counties() {
        return store.counties();
    }

    @Override
    public List<StoredEvent> chain(String county, long fromSequence, int limit) {
        return store.chain(county, fromSequence, limit);
    }

    @Override
    public ChainHead head(String county) {
        return store.head(county);
    }
}
