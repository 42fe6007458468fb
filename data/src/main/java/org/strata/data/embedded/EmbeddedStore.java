package org.strata.data.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.strata.data.jdbc.GroupCommitDataSource;
import org.strata.data.jdbc.JdbcCadastreStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.StoreException;

/**
 * Opens the embedded store: one SQLite database file, {@code strata.db}, in a folder of its own. SQLite runs in WAL
 * mode with {@code synchronous=FULL}, so a commit returns only once the write-ahead log is on disk: a killed
 * process or a power cut loses nothing that was acknowledged. Writers take the database in immediate transactions
 * and wait their turn; readers never wait for them. Freed pages are reused and returned to the file system, so the
 * file grows with the live data, not with the number of writes. A store that exists is opened, never created
 * again: if it cannot be opened or fails its integrity check, the error says so and how to recover.
 */
public final class EmbeddedStore {
    /** The database file's name in the data folder. */
    public static final String FILE_NAME = "strata.db";

    /** The file of the H2 store of earlier Strata versions, which this one does not read. */
    static final String OLD_H2_FILE = "strata.mv.db";

    /** The property naming the connections in the pool (default 8); {@code strata serve --pool-size} sets it. */
    public static final String POOL_PROPERTY = "strata.embedded.pool";

    private static final System.Logger LOG = System.getLogger(EmbeddedStore.class.getName());

    /** The property naming the page cache per connection in megabytes (default 64); {@code --cache-mb} sets it. */
    public static final String CACHE_PROPERTY = "strata.embedded.cache-mb";

    private EmbeddedStore() {}

    /** Opens the store kept in {@code folder}, creating and migrating it when the folder holds none. */
    public static JdbcStores open(Path folder) {
        Path file = folder.resolve(FILE_NAME).toAbsolutePath();
        boolean exists = Files.exists(file);
        if (!exists && Files.exists(folder.resolve(OLD_H2_FILE))) {
            throw new StoreException(
                    folder + " holds a store of an earlier Strata (" + OLD_H2_FILE + ", H2), which this version does"
                            + " not read; it is left untouched. Start this version on a new data folder, and import"
                            + " the old register from an export of it",
                    null);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        HikariDataSource dataSource = pool(file, exists);
        VolumeGrid grid = new VolumeGrid();
        JdbcStores stores;
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/common", "classpath:db/sqlite")
                    .load();
            if (exists) {
                // not alongside the index's load: the checkpoint in reclaim would wait for its reading to end
                checkIntegrity(dataSource, file);
                reclaim(dataSource);
            } else {
                prepareNew(dataSource);
            }
            flyway.migrate();
            stores = new JdbcStores("embedded", dataSource, dataSource, grid);
            loadInBackground(stores.cadastre(), grid); // reads the tables: the index is not asked while it loads
        } catch (RuntimeException | SQLException e) {
            dataSource.close();
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("cannot prepare the embedded store " + file + ": " + e.getMessage(), e);
        }
        return stores;
    }

    private static HikariDataSource pool(Path file, boolean exists) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        sqlite.setCacheSize(-Integer.getInteger(CACHE_PROPERTY, 64) * 1024);
        sqlite.setJournalSizeLimit(64 * 1024 * 1024);
        // statement journals (a statement's undo within its transaction; the WAL keeps commits durable) in memory: on
        // disk every insert with a trigger wrote its pages to a temporary file, 15 writes a unit on a bulk import
        sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // an existing store is opened, never created: should its file vanish, opening fails instead of starting empty
        sqlite.resetOpenMode(SQLiteOpenMode.CREATE);
        sqlite.setOpenMode(SQLiteOpenMode.READWRITE);
        if (!exists) {
            sqlite.setOpenMode(SQLiteOpenMode.CREATE);
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(new SpatialDataSource(sqlite, "jdbc:sqlite:" + file));
        config.setMaximumPoolSize(Integer.getInteger(POOL_PROPERTY, 8));
        config.setPoolName("strata-embedded");
        config.setConnectionTimeout(15_000);
        try {
            return new GroupCommitDataSource(config); // one fsync for the writes waiting together
        } catch (RuntimeException e) {
            throw new StoreException(
                    "cannot open the embedded store " + file + ": " + rootMessage(e) + (exists ? recovery(file) : ""),
                    e);
        }
    }

    /** A new database: pages freed later are returned to the file system bit by bit. */
    private static void prepareNew(HikariDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("PRAGMA auto_vacuum = INCREMENTAL");
            s.execute("VACUUM");
        }
    }

    /** Returns the free pages to the file system and folds the write-ahead log into the database file. */
    private static void reclaim(HikariDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("PRAGMA incremental_vacuum");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /**
     * Loads the 3D index on a thread of its own — for a city, seconds of work the service need not wait for: until it
     * is in, 3D queries and checks are answered from the store's tables (its R*Tree), the same answers more slowly.
     * Returns once the load's snapshot is fixed, before anything can be written, so every recording after this is
     * either in that snapshot or told to the index ({@link VolumeGrid#added}), never both.
     */
    private static void loadInBackground(JdbcCadastreStore tables, VolumeGrid grid) {
        CountDownLatch reading = new CountDownLatch(1);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread loader = new Thread(
                () -> {
                    long started = System.nanoTime();
                    long[] count = {0};
                    try {
                        tables.forEachVolume(reading::countDown, v -> {
                            grid.add(v);
                            count[0]++;
                        });
                        grid.loaded();
                        LOG.log(
                                System.Logger.Level.INFO,
                                "3D index of {0} volumes loaded in {1} ms",
                                count[0],
                                (System.nanoTime() - started) / 1_000_000);
                    } catch (RuntimeException e) {
                        failed.set(e);
                        LOG.log(
                                System.Logger.Level.WARNING,
                                "the 3D index was not loaded; 3D queries are answered from the tables: {0}",
                                e.getMessage());
                    } finally {
                        reading.countDown();
                    }
                },
                "strata-3d-index");
        loader.setDaemon(true);
        loader.start();
        try {
            reading.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while opening the embedded store", e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    private static void checkIntegrity(HikariDataSource dataSource, Path file) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(first)) {
                throw new StoreException(
                        "the embedded store " + file + " fails its integrity check (" + first + ")" + recovery(file),
                        null);
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "the embedded store " + file + " cannot be read: " + e.getMessage() + recovery(file), e);
        }
    }

    private static String recovery(Path file) {
        return ". Nothing was changed and nothing will be created in its place. Keep a copy of " + file.getParent()
                + ", move it aside, restore the latest backup into the data folder (strata restore) or start it empty,"
                + " and replay the register journal (the data folder's journal/register.journal) into it with:"
                + " strata recover --journal <that journal> --data <the data folder>";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
