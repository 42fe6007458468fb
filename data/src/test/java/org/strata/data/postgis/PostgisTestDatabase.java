package org.strata.data.postgis;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostGIS server the tests run against, named by the environment variable {@code STRATA_TEST_PG_URL}
 * (scripts/postgis start prints one). Without it the PostGIS tests are skipped, with a message;
 * under {@code CI=true} they fail instead, so CI never passes without having run them.
 */
public final class PostgisTestDatabase {
    /** The environment variable holding the JDBC URL. */
    public static final String URL_VARIABLE = "STRATA_TEST_PG_URL";

    private PostgisTestDatabase() {}

    /** The JDBC URL; skips the test (fails it under CI) when PostGIS is not configured or not reachable. */
    public static String url() {
        String url = System.getenv(URL_VARIABLE);
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (url == null || url.isBlank()) {
            if (ci) {
                fail("CI=true but " + URL_VARIABLE + " is not set: PostGIS tests must run in CI");
            }
            assumeTrue(
                    false, URL_VARIABLE + " is not set; start PostGIS with scripts/postgis start to run these tests");
        }
        try (Connection c = DriverManager.getConnection(url)) {
            return url;
        } catch (SQLException e) {
            if (ci) {
                fail("CI=true but PostGIS at " + PostgisStore.redacted(url) + " is not reachable: " + e.getMessage());
            }
            assumeTrue(false, "PostGIS at " + PostgisStore.redacted(url) + " is not reachable: " + e.getMessage());
            return url;
        }
    }

    /** A new schema name, unique to one test. */
    public static String freshSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** Drops a test schema and everything in it. */
    public static void drop(String url, String schema) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
    }
}
