package org.strata.data.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.StoreException;

/**
 * Opens the PostGIS store: a connection pool to a PostgreSQL database with PostGIS, migrated to the
 * current schema version in the named schema (the PostGIS functions are found through {@code public}).
 */
public final class PostgisStore {
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** The property naming the connections in the pool (default 16); {@code strata serve --pool-size} sets it. */
    public static final String POOL_PROPERTY = "strata.postgis.pool";
    /** Longest time one SQL statement may run. */
    static final int STATEMENT_TIMEOUT_SECONDS = 30;
    /** Longest wait for a connection before a request is answered 503. */
    static final int CONNECTION_TIMEOUT_MS = 3_000;

    private PostgisStore() {}

    /**
     * Opens the store.
     *
     * @param jdbcUrl a {@code jdbc:postgresql:} URL, with user and password as parameters when needed
     * @param schema the schema holding Strata's tables (lower-case letters, digits, underscore)
     */
    public static JdbcStores open(String jdbcUrl, String schema) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database URL must start with jdbc:postgresql:, not " + jdbcUrl);
        }
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema '" + schema + "' must be lower-case letters, digits and _");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(Integer.getInteger(POOL_PROPERTY, 16));
        config.setPoolName("strata-postgis");
        // batched INSERTs (the cadastre's units, the events of a recording or an import) sent as multi-row INSERTs:
        // one statement of many rows instead of one round of parse, bind and execute per row
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // no statement runs longer than the statement timeout; while the database is down, a request waits at
        // most the connection timeout for a connection and is then answered 503, and the pool reconnects by itself
        config.setConnectionInitSql("SET search_path TO " + schema + ", public; SET statement_timeout = '"
                + STATEMENT_TIMEOUT_SECONDS + "s'");
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to PostGIS at " + redacted(jdbcUrl) + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .locations("classpath:db/common", "classpath:db/postgis")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new StoreException("cannot migrate the PostGIS schema " + schema + ": " + e.getMessage(), e);
        }
        return new JdbcStores("postgis", dataSource, dataSource);
    }

    /** The URL without its password parameter, for messages. */
    static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /**
     * Refreshes the planner's statistics of the cadastre and the register, their county partitions included — after
     * a bulk load, before autovacuum has seen it: without them PostgreSQL plans box queries on a million fresh rows
     * as if the tables were empty.
     */
    public static void analyze(JdbcStores stores) {
        try (java.sql.Connection c = stores.dataSource().getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("ANALYZE parcels, buildings, floors, units, register_events, event_parties, unit_validity");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("ANALYZE after the load failed: " + e.getMessage(), e);
        }
    }
}
