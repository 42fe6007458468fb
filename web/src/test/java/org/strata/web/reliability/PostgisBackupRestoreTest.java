package org.strata.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcStores;
import org.strata.data.postgis.PostgisStore;
import org.strata.data.postgis.PostgisTestDatabase;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.unit.UnitCode;
import org.strata.web.DemoServer;
import org.strata.web.boot.StrataServer;

/**
 * A PostGIS schema backed up while the service records under load restores into an empty schema whose chains
 * verify, and whose counts, events and unit states are the schema's at the backup; a restore never writes into a
 * schema holding data.
 */
class PostgisBackupRestoreTest {
    @TempDir
    Path work;

    @Test
    void anOnlineBackupRestoresToTheSameRegister() throws Exception {
        String url = PostgisTestDatabase.url();
        String live = PostgisTestDatabase.freshSchema();
        String restored = PostgisTestDatabase.freshSchema();
        String restoredUnderLoad = PostgisTestDatabase.freshSchema();
        Path underLoad = work.resolve("backups/under-load.zip");
        Path quiet = work.resolve("backups/quiet.zip");
        try (StrataServer server = DemoServer.start(DemoServer.postgis(url, live))) {
            Ledger ledger = new Ledger();
            Load load = new Load(server.uri(), ledger, new AtomicInteger(40_000));
            load.start(2, 7);
            Ledgers.awaitRecordings(ledger, 5);
            assertEquals(0, cli("backup", "--db", url, "--schema", live, "--to", underLoad.toString()));
            load.stop();
            assertEquals(0, cli("backup", "--db", url, "--schema", live, "--to", quiet.toString()));
        }
        assertEquals(0, cli("restore", "--from", underLoad.toString(), "--db", url, "--schema", restoredUnderLoad));
        try (JdbcStores copy = PostgisStore.open(url, restoredUnderLoad)) {
            BackupCommands.Verified v = BackupCommands.verify(copy);
            assertTrue(v.chain().intact(), v.toString());
            assertTrue(v.parcels() > 0 && v.units() > 1000 && v.events() > 1000, v.toString());
        }
        assertEquals(0, cli("restore", "--from", quiet.toString(), "--db", url, "--schema", restored));
        try (JdbcStores original = PostgisStore.open(url, live);
                JdbcStores copy = PostgisStore.open(url, restored)) {
            List<UnitCode> units = new ArrayList<>();
            original.cadastre().forEachVolume(() -> {}, volume -> units.add(volume.unitCode()));
            for (FeatureKind kind : FeatureKind.values()) {
                assertEquals(original.cadastre().count(kind), copy.cadastre().count(kind), kind.toString());
            }
            SameRegister.assertSame(original, copy, units);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM " + restored
                        + ".register_events_330106), (SELECT count(*) FROM " + restored + ".units_330106),"
                        + " (SELECT count(*) FROM " + restored + ".register_events_default) + (SELECT count(*) FROM "
                        + restored + ".units_default)")) {
            rs.next();
            assertTrue(rs.getLong(1) > 1000, "the county's events are back in their own partition");
            assertTrue(rs.getLong(2) > 1000, "the county's units are back in their own partition");
            assertEquals(0, rs.getLong(3), "and none in the default partitions");
        }
        assertNotEquals(
                0,
                cli("restore", "--from", quiet.toString(), "--db", url, "--schema", restored),
                "a restore never writes into a schema holding data");
        try (JdbcStores copy = PostgisStore.open(url, restored)) {
            assertTrue(BackupCommands.verify(copy).chain().intact(), "the refused restore changed nothing");
        }
        PostgisTestDatabase.drop(url, live);
        PostgisTestDatabase.drop(url, restored);
        PostgisTestDatabase.drop(url, restoredUnderLoad);
    }

    private static int cli(String... args) {
        return org.strata.web.cli.StrataCommand.commandLine().execute(args);
    }
}
