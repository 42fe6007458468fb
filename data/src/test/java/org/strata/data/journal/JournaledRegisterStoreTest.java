package org.strata.data.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.embedded.EmbeddedRegisterStoreTest;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;

/**
 * The embedded store with its register journal passes the register store contract, and after every case of it
 * the journal holds exactly the store's chains, read back from the file.
 */
class JournaledRegisterStoreTest extends EmbeddedRegisterStoreTest {
    @TempDir
    Path journalFolder;

    private JdbcStores current;

    @Override
    protected Stores openFresh() {
        current = EmbeddedStore.open(folder);
        RegisterJournal journal = RegisterJournal.open(journalFolder.resolve("register.journal"));
        JournaledRegisterStore register = JournaledRegisterStore.open(current.register(), journal);
        JdbcStores stores = current;
        return new Stores(stores.cadastre(), register, () -> {
            journal.close();
            stores.close();
        });
    }

    @AfterEach
    void theJournalHoldsTheStoresChains() {
        {
            JdbcStores stores = current;
            java.util.Map<String, Long> journaled = new java.util.TreeMap<>();
            RegisterJournal.scan(journalFolder.resolve("register.journal"), entry -> entry.events()
                    .forEach(e -> journaled.merge(entry.county(), e.sequence(), Math::max)));
            for (String county : stores.register().counties()) {
                assertEquals(
                        stores.register().head(county).sequence(),
                        journaled.getOrDefault(county, 0L),
                        "the journal of county " + county + " ends where the store's chain does");
            }
        }
    }
}
