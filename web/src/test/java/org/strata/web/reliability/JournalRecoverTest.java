package org.strata.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.cases.RegisterStore.ChainHead;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.port.StoreException;
import org.strata.web.DemoServer;
import org.strata.web.boot.StrataServer;

/**
 * Finding 13.1: a store lost after its last backup is rebuilt from that backup and the register journal: the
 * service refuses to start on a store that lacks journaled events, {@code strata recover} records them (with the
 * units their first registrations created), a second recover adds nothing, and every acknowledged recording is
 * there.
 */
class JournalRecoverTest {
    @TempDir
    Path work;

    @Test
    void aLostStoreIsRebuiltFromTheLatestBackupAndTheJournal() throws Exception {
        Path live = work.resolve("live");
        Path backup = work.resolve("backups/after-demo.db");
        Ledger ledger = new Ledger();
        try (StrataServer server = DemoServer.start(DemoServer.embedded(live, true))) {
            assertEquals(0, cli("backup", "--data", live.toString(), "--to", backup.toString()));
            Load load = new Load(server.uri(), ledger, new AtomicInteger(40_000));
            load.start(2, 11);
            Ledgers.awaitRecordings(ledger, 12);
            load.stop();
        }
        assertTrue(
                ledger.recordings().stream().anyMatch(r -> r.type().equals("first")),
                "the load registered new units after the backup");
        Map<String, ChainHead> heads;
        long units;
        try (JdbcStores stores = EmbeddedStore.open(live.resolve("store"))) {
            heads = heads(stores);
            units = stores.cadastre().count(FeatureKind.UNIT)
                    + stores.cadastre().count(FeatureKind.PARCEL);
        }

        deleteTree(live.resolve("store"));
        StoreException refused =
                assertThrows(StoreException.class, () -> DemoServer.start(DemoServer.embedded(live, true)));
        assertTrue(refused.getMessage().contains("lost recorded events"), refused.getMessage());
        assertTrue(refused.getMessage().contains("strata recover"), refused.getMessage());

        Path restored = work.resolve("restored");
        String journal = StrataServer.journalFile(live).toString();
        assertEquals(0, cli("restore", "--from", backup.toString(), "--data", restored.toString()));
        assertEquals(0, cli("recover", "--journal", journal, "--data", restored.toString()));
        assertEquals(0, cli("recover", "--journal", journal, "--data", restored.toString()), "a second adds nothing");
        try (JdbcStores stores = EmbeddedStore.open(restored.resolve("store"))) {
            assertEquals(heads, heads(stores), "every county chain ends where the lost store's did");
            assertEquals(
                    units,
                    stores.cadastre().count(FeatureKind.UNIT)
                            + stores.cadastre().count(FeatureKind.PARCEL),
                    "the units registered after the backup are back in the cadastre");
        }
        try (StrataServer server = DemoServer.start(DemoServer.embedded(restored, true))) {
            Client officer = new Client(server.uri());
            officer.signIn("officer");
            StoreCheck.Findings f = StoreCheck.run(officer, ledger);
            assertTrue(f.acknowledged() >= 12, f.toString());
            assertTrue(f.clean(), f.examples().toString());
        }
    }

    private static Map<String, ChainHead> heads(JdbcStores stores) {
        Map<String, ChainHead> heads = new TreeMap<>();
        stores.register().counties().forEach(c -> heads.put(c, stores.register().head(c)));
        return heads;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int cli(String... args) {
        return org.strata.web.cli.StrataCommand.commandLine().execute(args);
    }
}
