package org.strata.data.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strata.data.jdbc.JdbcCadastreStore;
import org.strata.data.jdbc.JdbcRegisterStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.RegisterStoreContract;
import org.strata.registry.register.RegisterEvent;

/**
 * The PostGIS store passes the register store contract, against a real PostGIS server, and keeps each county's
 * events and cadastre in its own partitions.
 */
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

    @Test
    void aCountysEventsAndUnitsLieInItsOwnPartitionsAndItsQueriesReadNoOther() throws SQLException {
        RegisterEvent recorded = stores().register()
                .event(registerAlice().eventId().orElseThrow())
                .orElseThrow();
        stores().register().inCountyTransaction("330108", session -> null); // a second county's chain starts
        try (Connection c = connect()) {
            assertEquals(
                    List.of("register_events_330106", "register_events_330108", "register_events_default"),
                    strings(
                            c,
                            "SELECT inhrelid::regclass::text FROM pg_inherits"
                                    + " WHERE inhparent = 'register_events'::regclass ORDER BY 1"));
            assertEquals(List.of("1"), strings(c, "SELECT count(*) FROM register_events_330106"));
            assertEquals(List.of("0"), strings(c, "SELECT count(*) FROM register_events_default"));
            String unit = flat().unitCode().toString();
            Map<String, List<Object>> queries = Map.of(
                    JdbcRegisterStore.EVENTS_OF_UNIT, List.of("330106", unit),
                    JdbcRegisterStore.EVENTS_ON_PARCEL,
                            List.of("330106", unit.substring(0, 19), unit.substring(0, 19) + "ZZZZZZZZZ"),
                    JdbcRegisterStore.EVENT_BY_ID, List.of("330106", recorded.id()),
                    JdbcRegisterStore.CHAIN, List.of("330106", 1L, 100));
            for (Map.Entry<String, List<Object>> q : queries.entrySet()) {
                assertEquals(
                        java.util.Set.of("register_events_330106"),
                        relationsRead(c, q.getKey(), q.getValue()),
                        "EXPLAIN " + q.getKey());
            }
            for (String table : List.of("parcels", "buildings", "floors", "units")) {
                assertEquals(
                        List.of(table + "_330106", table + "_330108", table + "_default"),
                        strings(
                                c,
                                "SELECT inhrelid::regclass::text FROM pg_inherits" + " WHERE inhparent = '" + table
                                        + "'::regclass ORDER BY 1"));
                assertEquals(List.of("0"), strings(c, "SELECT count(*) FROM " + table + "_default"));
            }
            assertEquals(
                    List.of("1"), strings(c, "SELECT count(*) FROM units_330106 WHERE unit_code = '" + unit + "'"));
            for (String table : List.of("parcels", "buildings", "units")) {
                assertEquals(
                        java.util.Set.of(table + "_330106"),
                        relationsRead(c, "SELECT * FROM " + table + JdbcCadastreStore.BY_CODE, List.of("330106", unit)),
                        "EXPLAIN a lookup of " + table + " by code");
            }
        }
    }

    /** The tables and indexes' tables a query's plan reads, from {@code EXPLAIN (FORMAT JSON)}. */
    private static java.util.Set<String> relationsRead(Connection c, String sql, List<Object> parameters)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                String plan = rs.getString(1);
                java.util.Set<String> relations = new java.util.TreeSet<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"Relation Name\": \"([^\"]+)\"")
                        .matcher(plan);
                while (m.find()) {
                    relations.add(m.group(1));
                }
                return relations;
            }
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
