package org.strata.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.unit.UnitCode;
import org.strata.web.DemoServer;
import org.strata.web.boot.StrataServer;

/**
 * A backup taken while the service records under load restores into a fresh data folder as a store that opens,
 * whose chains verify, and whose counts, events and unit states are those of the store at the backup.
 */
class BackupRestoreTest {
    @TempDir
    Path work;

    @Test
    void anOnlineBackupRestoresToTheSameRegister() throws Exception {
        Path live = work.resolve("live");
        Path underLoad = work.resolve("backups/under-load.db");
        Path quiet = work.resolve("backups/quiet.db");
        try (StrataServer server = DemoServer.start(DemoServer.embedded(live, true))) {
            Ledger ledger = new Ledger();
            Load load = new Load(server.uri(), ledger, new AtomicInteger(40_000));
            load.start(2, 7);
            Ledgers.awaitRecordings(ledger, 5);
            assertEquals(0, cli("backup", "--data", live.toString(), "--to", underLoad.toString()));
            load.stop();
            assertEquals(0, cli("backup", "--data", live.toString(), "--to", quiet.toString()));

            Path restoredUnderLoad = work.resolve("restored-under-load");
            assertEquals(0, cli("restore", "--from", underLoad.toString(), "--data", restoredUnderLoad.toString()));
            BackupCommands.Verified v = BackupCommands.verify(restoredUnderLoad);
            assertTrue(v.chain().intact(), v.toString());
            assertTrue(v.parcels() > 0 && v.units() > 1000 && v.events() > 1000, v.toString());

            Path restored = work.resolve("restored");
            assertEquals(0, cli("restore", "--from", quiet.toString(), "--data", restored.toString()));
            try (JdbcStores original = EmbeddedStore.open(live.resolve("store"));
                    JdbcStores copy = EmbeddedStore.open(restored.resolve("store"))) {
                List<UnitCode> units = new ArrayList<>();
                original.cadastre().forEachVolume(() -> {}, volume -> units.add(volume.unitCode()));
                assertEquals(units.size(), copy.cadastre().count(FeatureKind.RIGHT), "every volume is restored");
                SameRegister.assertSame(original, copy, units);
            }
            assertThrows(
                    IOException.class,
                    () -> EmbeddedBackup.restore(quiet, restored),
                    "a restore never overwrites a store");
        }
    }

    private static int cli(String... args) {
        return org.strata.web.cli.StrataCommand.commandLine().execute(args);
    }
}
