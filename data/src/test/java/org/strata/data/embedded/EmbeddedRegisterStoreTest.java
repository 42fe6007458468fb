package org.strata.data.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.RegisterStoreContract;

/** The embedded SQLite store passes the register store contract. */
public class EmbeddedRegisterStoreTest extends RegisterStoreContract {
    @TempDir
    protected Path folder;

    @Override
    protected Stores openFresh() {
        JdbcStores stores = EmbeddedStore.open(folder);
        return new Stores(stores.cadastre(), stores.register(), stores);
    }

    @Override
    protected Stores reopen(Stores closed) {
        try {
            closed.closer().close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return openFresh();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:sqlite:" + folder.toAbsolutePath().resolve(EmbeddedStore.FILE_NAME));
    }

    @Override
    protected void tamper(String eventId, String from, String to) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER register_events_no_update");
            try (PreparedStatement p =
                    c.prepareStatement("UPDATE register_events SET body = REPLACE(body, ?, ?) WHERE id = ?")) {
                p.setString(1, from);
                p.setString(2, to);
                p.setString(3, eventId);
                if (p.executeUpdate() != 1) {
                    throw new IllegalStateException("no event " + eventId);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void plainUpdate(String eventId) {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement("UPDATE register_events SET case_id = 'x' WHERE id = ?")) {
            p.setString(1, eventId);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
