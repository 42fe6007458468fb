package org.strata.data.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.RegisterStoreContract;

/** The PostGIS store passes the register store contract, against a real PostGIS server. */
class PostgisRegisterStoreTest extends RegisterStoreContract {
    private String url;
    private String schema;

    @Override
    protected Stores openFresh() {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
        return open();
    }

    private Stores open() {
        JdbcStores stores = PostgisStore.open(url, schema);
        return new Stores(stores.cadastre(), stores.register(), stores);
    }

    @Override
    protected Stores reopen(Stores closed) {
        try {
            closed.closer().close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return open();
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            PostgisTestDatabase.drop(url, schema);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema + ", public");
        }
        return c;
    }

    @Override
    protected void tamper(String eventId, String from, String to) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE register_events DISABLE TRIGGER register_events_append_only");
            try (PreparedStatement p =
                    c.prepareStatement("UPDATE register_events SET body = replace(body, ?, ?) WHERE id = ?")) {
                p.setString(1, from);
                p.setString(2, to);
                p.setString(3, eventId);
                if (p.executeUpdate() != 1) {
                    throw new IllegalStateException("no event " + eventId);
                }
            }
            s.execute("ALTER TABLE register_events ENABLE TRIGGER register_events_append_only");
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
