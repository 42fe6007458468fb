package org.strata.data.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.port.DuplicateRecordException;

/**
 * Write transactions committed in groups on SQLite: each caller is answered only after its group's commit, a failing
 * transaction is rolled back alone and told why while the others of its group commit, and a transaction begun inside
 * another commits or rolls back with it.
 */
class GroupCommitDataSourceTest {
    @TempDir
    Path folder;

    private GroupCommitDataSource dataSource;

    @BeforeEach
    void open() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + folder.resolve("t.db"));
        config.setMaximumPoolSize(4);
        config.setPoolName("test");
        dataSource = new GroupCommitDataSource(config);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE t (k TEXT PRIMARY KEY)");
        }
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void transactionsWaitingTogetherShareOneCommitAndAFailingOneIsRolledBackAlone() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(12);
        // a first transaction holds the writer while eleven more queue up behind it
        Future<Object> slow = callers.submit(() -> Jdbc.write(dataSource, c -> {
            insert(c, "slow");
            slowStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new SQLException(e);
            }
            return null;
        }));
        slowStarted.await();
        long commitsBefore = dataSource.commits();
        List<Future<Object>> others = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String key = "k" + i;
            others.add(callers.submit(() -> Jdbc.write(dataSource, c -> insert(c, key))));
        }
        // this one writes a row and then a duplicate: neither may remain
        Future<Object> failing = callers.submit(() -> Jdbc.write(dataSource, c -> {
            insert(c, "half");
            return insert(c, "k0");
        }));
        Thread.sleep(300); // let them queue
        release.countDown();
        slow.get();
        for (Future<Object> f : others) {
            f.get();
        }
        Exception refused = assertThrows(Exception.class, failing::get);
        assertInstanceOf(DuplicateRecordException.class, refused.getCause(), refused.toString());
        callers.shutdown();
        assertTrue(
                dataSource.commits() - commitsBefore <= 2,
                "the eleven queued transactions were committed in " + (dataSource.commits() - commitsBefore)
                        + " commits");
        assertEquals(List.of("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "slow"), keys());
    }

    @Test
    void aTransactionBegunInsideAnotherCommitsOrRollsBackWithIt() throws Exception {
        Jdbc.write(dataSource, c -> {
            insert(c, "outer");
            return Jdbc.write(dataSource, inner -> insert(inner, "inner"));
        });
        assertThrows(
                IllegalStateException.class,
                () -> Jdbc.write(dataSource, c -> {
                    Jdbc.write(dataSource, inner -> insert(inner, "inner-lost"));
                    throw new IllegalStateException("the outer transaction fails after its inner one");
                }));
        assertEquals(List.of("inner", "outer"), keys());
    }

    private static Object insert(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO t (k) VALUES (?)")) {
            s.setString(1, key);
            s.executeUpdate();
        }
        return key;
    }

    private List<String> keys() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT k FROM t ORDER BY k")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }
}
