package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The county partitions of the register's events on PostgreSQL ({@code V13__register_partitions.sql}): one table
 * {@code register_events_<county>} per county, made when the county's chain starts or when a backup holding it is
 * restored.
 */
public final class CountyPartitions {
    private static final Pattern PARTITION = Pattern.compile("register_events_([0-9]{6})");

    private CountyPartitions() {}

    /** Makes the county's partition unless it exists, in the caller's transaction. */
    public static void ensure(Connection c, String county) throws SQLException {
        if (!county.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a county code is six digits, not " + county);
        }
        try (Statement s = c.createStatement()) {
            // one creator at a time: two servers starting the same county's chain wait for each other
            s.execute("SELECT pg_advisory_xact_lock(hashtext('register_events_" + county + "'))");
            s.execute("CREATE TABLE IF NOT EXISTS register_events_" + county
                    + " PARTITION OF register_events FOR VALUES IN ('" + county + "')");
        }
    }

    /** The county whose partition a table is, if it is one. */
    public static Optional<String> countyOf(String table) {
        Matcher m = PARTITION.matcher(table);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
