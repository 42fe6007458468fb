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
        config.setMaximumPoolSize(16);
        config.setPoolName("strata-postgis");
        config.setConnectionInitSql("SET search_path TO " + schema + ", public");
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
}
