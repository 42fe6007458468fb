package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bulk load of a county's new units on PostgreSQL with the cadastre's keys and indexes built after the load: when
 * the county's cadastre partitions hold nothing yet, its rows go to tables of their own with no index; {@link #finish}
 * builds the partitions' keys and indexes over the loaded rows, each in one pass, and puts the tables in place of the
 * empty partitions. All of it happens in the caller's transaction: others see the whole county at the commit, or
 * nothing of it.
 */
public final class CountyBulkLoad {
    /** The county's cadastre tables, each after the ones its foreign keys name. */
    static final List<String> TABLES = List.of("parcels", "buildings", "floors", "units");

    private static final Pattern INDEX_DEFINITION =
            Pattern.compile("CREATE (UNIQUE )?INDEX (\\S+) ON (\\S+) (USING .+)");
    private static final String LOADING = "_load";

    private final Connection connection;
    private final String county;

    private CountyBulkLoad(Connection connection, String county) {
        this.connection = connection;
        this.county = county;
    }

    /**
     * Begins a bulk load of the county when its cadastre partitions are empty, holding them against other writers
     * (readers go on) until the transaction ends; empty when they already hold units, which are then added to the
     * partitions and indexed row by row.
     */
    public static Optional<CountyBulkLoad> begin(Connection connection, String county) throws SQLException {
        CountyBulkLoad load = new CountyBulkLoad(connection, CountyPartitions.requireCode(county));
        try (Statement s = connection.createStatement()) {
            s.execute("LOCK TABLE "
                    + String.join(", ", TABLES.stream().map(load::partition).toList()) + " IN SHARE MODE");
            String anyRow = String.join(
                    " OR ",
                    TABLES.stream()
                            .map(t -> "EXISTS (SELECT 1 FROM " + load.partition(t) + ")")
                            .toList());
            try (ResultSet rs = s.executeQuery("SELECT " + anyRow)) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return Optional.empty();
                }
            }
            for (String table : TABLES) {
                s.execute("CREATE TABLE " + load.tableFor(table) + " (LIKE " + table
                        + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CONSTRAINT " + load.countyCheck(table)
                        + " CHECK (county = '" + county + "'))");
            }
        }
        return Optional.of(load);
    }

    /** The table that takes the rows of {@code table} during the load. */
    public String tableFor(String table) {
        if (!TABLES.contains(table)) {
            return table;
        }
        return partition(table) + LOADING;
    }

    /**
     * Builds each loaded table's keys and indexes as its county partition has them, then drops the empty partitions
     * and attaches the loaded tables in their place (their foreign keys checked once, over the whole load). The
     * parent tables are locked against readers only from the swap to the commit.
     */
    public void finish() throws SQLException {
        List<String[]> renames = new ArrayList<>();
        for (String table : TABLES) {
            renames.addAll(buildIndexes(table));
        }
        try (Statement s = connection.createStatement()) {
            for (int i = TABLES.size() - 1; i >= 0; i--) {
                // detached first: the foreign keys between partitioned tables reach into each partition
                String table = TABLES.get(i);
                s.execute("ALTER TABLE " + table + " DETACH PARTITION " + partition(table));
                s.execute("DROP TABLE " + partition(table));
            }
            for (String[] rename : renames) {
                s.execute("ALTER INDEX " + rename[0] + " RENAME TO " + rename[1]);
            }
            for (String table : TABLES) {
                s.execute("ALTER TABLE " + tableFor(table) + " RENAME TO " + partition(table));
                s.execute("ALTER TABLE " + table + " ATTACH PARTITION " + partition(table) + " FOR VALUES IN ('"
                        + county + "')");
                s.execute("ALTER TABLE " + partition(table) + " DROP CONSTRAINT " + countyCheck(table));
            }
        }
    }

    /** Builds the loaded table's keys and indexes; returns each new index's name and its partition's name. */
    private List<String[]> buildIndexes(String table) throws SQLException {
        List<String[]> renames = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT i.relname, pg_get_indexdef(i.oid),"
                + " pg_get_constraintdef(con.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid AND con.contype IN ('p', 'u')"
                + " AND con.conrelid = x.indrelid WHERE x.indrelid = ?::regclass ORDER BY i.relname")) {
            s.setString(1, partition(table));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String loadingName = name + LOADING;
                    String constraint = rs.getString(3);
                    if (constraint != null) {
                        statements.add(
                                "ALTER TABLE " + tableFor(table) + " ADD CONSTRAINT " + loadingName + " " + constraint);
                    } else {
                        Matcher m = INDEX_DEFINITION.matcher(rs.getString(2));
                        if (!m.matches()) {
                            throw new SQLException("unexpected index definition: " + rs.getString(2));
                        }
                        statements.add("CREATE " + (m.group(1) == null ? "" : m.group(1)) + "INDEX " + loadingName
                                + " ON " + tableFor(table) + " " + m.group(4));
                    }
                    renames.add(new String[] {loadingName, name});
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
        return renames;
    }

    private String partition(String table) {
        return CountyPartitions.partition(table, county);
    }

    private String countyCheck(String table) {
        return partition(table) + "_county_check";
    }
}
