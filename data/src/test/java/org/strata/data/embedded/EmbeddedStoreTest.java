package org.strata.data.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.QueryRecord;
import org.strata.registry.access.Tier;
import org.strata.registry.actor.Role;
import org.strata.registry.port.StoreException;

/**
 * The embedded store's file (findings 13.1 and 13.6): it is written with every commit synced, grows with the live
 * data rather than with the number of writes, and a store that cannot be opened is reported with what to do and
 * is never replaced by an empty one.
 */
class EmbeddedStoreTest {
    @TempDir
    Path folder;

    @Test
    void thePoolSizeAndPageCacheAreThoseAskedFor() throws Exception {
        System.setProperty(EmbeddedStore.CACHE_PROPERTY, "200");
        System.setProperty(EmbeddedStore.POOL_PROPERTY, "3");
        try (JdbcStores stores = EmbeddedStore.open(folder.resolve("tuned"))) {
            try (Connection c = stores.dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                rs.next();
                assertEquals(-200 * 1024, rs.getInt(1), "the page cache in KiB, negative as SQLite takes it");
            }
            assertEquals(
                    3, ((com.zaxxer.hikari.HikariDataSource) stores.dataSource()).getMaximumPoolSize(), "the pool");
        } finally {
            System.clearProperty(EmbeddedStore.CACHE_PROPERTY);
            System.clearProperty(EmbeddedStore.POOL_PROPERTY);
        }
    }

    @Test
    void commitsAreSyncedThroughTheWriteAheadLog() throws Exception {
        try (JdbcStores stores = EmbeddedStore.open(folder)) {
            try (Connection c = stores.dataSource().getConnection();
                    Statement s = c.createStatement()) {
                assertEquals("wal", one(s, "PRAGMA journal_mode"));
                assertEquals("2", one(s, "PRAGMA synchronous"), "synchronous=FULL");
                assertEquals("2", one(s, "PRAGMA auto_vacuum"), "auto_vacuum=INCREMENTAL");
                assertEquals("1", one(s, "PRAGMA foreign_keys"));
            }
        }
    }

    @Test
    void theFileGrowsWithTheLiveDataNotWithTheWrites() throws IOException {
        long before;
        int records = 5000;
        try (JdbcStores stores = EmbeddedStore.open(folder)) {
            stores.queries().append(record(0));
            before = size();
            for (int i = 1; i <= records; i++) {
                stores.queries().append(record(i));
            }
        }
        long perRecord = (size() - before) / records;
        // a query record holds about 200 bytes of text; the store of earlier versions grew 35 KB per write
        assertTrue(perRecord < 1024, perRecord + " bytes per recorded query");
    }

    @Test
    void aDamagedStoreIsReportedAndLeftAsItWas() throws IOException {
        try (JdbcStores stores = EmbeddedStore.open(folder)) {
            for (int i = 0; i < 2000; i++) {
                stores.queries().append(record(i));
            }
        }
        Path file = folder.resolve(EmbeddedStore.FILE_NAME);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write(new byte[8192]); // a page of zeros where b-tree pages were
        }
        byte[] damaged = Files.readAllBytes(file);
        StoreException e = assertThrows(
                StoreException.class, () -> EmbeddedStore.open(folder).close());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("nothing will be created in its place"), e.getMessage());
        assertTrue(e.getMessage().contains("strata recover"), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged file is left as it was");
    }

    @Test
    void aFolderWithAnOlderH2StoreIsNotOverwritten() throws IOException {
        Files.write(folder.resolve(EmbeddedStore.OLD_H2_FILE), new byte[] {1, 2, 3});
        StoreException e = assertThrows(
                StoreException.class, () -> EmbeddedStore.open(folder).close());
        assertTrue(e.getMessage().contains("earlier Strata"), e.getMessage());
        assertFalse(Files.exists(folder.resolve(EmbeddedStore.FILE_NAME)), "no new store was created beside it");
    }

    private long size() throws IOException {
        long total = 0;
        for (String name : List.of(EmbeddedStore.FILE_NAME, EmbeddedStore.FILE_NAME + "-wal")) {
            Path p = folder.resolve(name);
            total += Files.exists(p) ? Files.size(p) : 0;
        }
        return total;
    }

    private static QueryRecord record(int i) {
        return new QueryRecord(
                UUID.randomUUID().toString(),
                "citizen-" + (i % 50),
                "Citizen " + (i % 50),
                Role.PUBLIC,
                Tier.PUBLIC,
                Purpose.PURCHASE,
                "330106003005GB00004F0001" + String.format("%04d", i % 1000),
                Instant.parse("2026-12-01T00:00:00Z").plusSeconds(i),
                List.of("naturalStatus", "flags"),
                Optional.empty());
    }

    private static String one(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
