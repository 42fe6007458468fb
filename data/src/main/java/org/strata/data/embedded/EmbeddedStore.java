package org.strata.data.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2gis.functions.factory.H2GISFunctions;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.port.StoreException;

/**
 * Opens the embedded store: an H2 database with the H2GIS spatial functions in a folder of its own.
 * Every commit is written to the file before it returns ({@code WRITE_DELAY=0}), so a restart, or a
 * killed process, loses no committed registration.
 */
public final class EmbeddedStore {
    /**
     * The database page cache in megabytes: large enough to keep a district's index and rows in memory; the
     * system property {@code strata.embedded.cache-mb} sets it for larger registers.
     */
    private static final int CACHE_KILOBYTES = Integer.getInteger("strata.embedded.cache-mb", 256) * 1024;

    private EmbeddedStore() {}

    /** Opens (creating and migrating when new) the store kept in {@code folder}. */
    public static JdbcStores open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("strata")
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        config.setPoolName("strata-embedded");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(
                    "cannot open the embedded store in " + folder + " (is another Strata using it?): " + e.getMessage(),
                    e);
        }
        try {
            // the schema first: H2GIS adds tables of its own, and Flyway wants an empty schema to start from
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/common", "classpath:db/embedded")
                    .load()
                    .migrate();
            loadSpatialFunctions(dataSource);
        } catch (RuntimeException | SQLException e) {
            dataSource.close();
            throw new StoreException("cannot prepare the embedded store in " + folder + ": " + e.getMessage(), e);
        }
        // closing the pool closes the last connection, and H2 then closes the database file cleanly
        VolumeGrid grid = new VolumeGrid();
        JdbcStores stores = new JdbcStores("embedded", dataSource, dataSource, grid);
        stores.cadastre().forEachVolume(grid::add);
        return stores;
    }

    private static void loadSpatialFunctions(HikariDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'ST_MAKEENVELOPE'");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) == 0) {
                H2GISFunctions.load(c);
            }
        }
    }
}
