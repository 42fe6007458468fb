package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The county partitions on PostgreSQL ({@code V13__register_partitions.sql}, {@code V15__cadastre_partitions.sql}):
 * one table {@code <table>_<county>} per county for the register's events and the cadastre's parcels, buildings,
 * floors and units, made when the county's chain starts, before its first units are added, or when a backup
 * holding it is restored.
 */
public final class CountyPartitions {
    /** The tables partitioned by county. */
    public static final List<String> TABLES = List.of("register_events", "parcels", "buildings", "floors", "units");

    private static final Pattern PARTITION = Pattern.compile("(?:" + String.join("|", TABLES) + ")_([0-9]{6})");

    private CountyPartitions() {}

    /** Makes the county's partitions unless they exist, in the caller's transaction. */
    public static void ensure(Connection c, String county) throws SQLException {
        try (Statement s = c.createStatement()) {
            // one creator at a time: two servers starting the same county's chain wait for each other
            s.execute("SELECT pg_advisory_xact_lock(hashtext('strata_county_" + requireCode(county) + "'))");
            for (String table : TABLES) {
                s.execute("CREATE TABLE IF NOT EXISTS " + partition(table, county) + " PARTITION OF " + table
                        + " FOR VALUES IN ('" + county + "')");
            }
        }
    }

    /** The name of a county's partition of a table. */
    static String partition(String table, String county) {
        return table + "_" + requireCode(county);
    }

    /** The county code, checked to be six digits before it goes into a statement. */
    static String requireCode(String county) {
        if (!county.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a county code is six digits, not " + county);
        }
        return county;
    }

    /**
     * The counties of a cadastre write. Their partitions are made before it in a short transaction of their own: a
     * partition is made under a lock on its table that would otherwise last as long as the write.
     */
    public static java.util.Set<String> countiesOf(org.strata.registry.port.CadastreContents contents) {
        java.util.Set<String> counties = new java.util.TreeSet<>();
        contents.parcels().forEach(p -> counties.add(p.unitCode().parcel().county()));
        contents.buildings().forEach(b -> counties.add(b.unitCode().parcel().county()));
        contents.units().forEach(u -> counties.add(u.unitCode().parcel().county()));
        return counties;
    }

    /** The county whose partition a table is, if it is one. */
    public static Optional<String> countyOf(String table) {
        Matcher m = PARTITION.matcher(table);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
