package org.strata.data.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;
import org.strata.data.jdbc.JdbcCadastreStore;
import org.strata.registry.port.CadastreStore;

/**
 * What the public map reads (features, vector and 3D tiles: no personal data, no query record) from a formation's
 * secondary: a read-only pool over the same hosts as the store's multi-host URL with {@code
 * targetServerType=preferSecondary} (the primary when no secondary answers), and the replication lag of the node it
 * reads, checked at most once a second.
 */
public final class PublicReads implements AutoCloseable {
    private static final Pattern TARGET = Pattern.compile("targetServerType=[A-Za-z]+");
    private static final long LAG_CHECK_NANOS = 1_000_000_000L;

    /** Where the public map's reads are answered: a secondary (with its replay lag) or the primary. */
    public record Source(boolean secondary, double lagSeconds) {}

    private final HikariDataSource pool;
    private final JdbcCadastreStore cadastre;
    private volatile Source source = new Source(false, 0);
    private volatile long checkedAt;

    private PublicReads(HikariDataSource pool) {
        this.pool = pool;
        this.cadastre = new JdbcCadastreStore(pool, () -> {});
        this.checkedAt = System.nanoTime() - LAG_CHECK_NANOS - 1;
    }

    /** A pool over the secondaries when the URL names more than one host; empty for a single database. */
    public static Optional<PublicReads> open(String jdbcUrl, String schema) {
        String hosts = jdbcUrl.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        if (!hosts.contains(",")) {
            return Optional.empty();
        }
        String url = TARGET.matcher(jdbcUrl).find()
                ? TARGET.matcher(jdbcUrl).replaceAll("targetServerType=preferSecondary")
                : jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "targetServerType=preferSecondary";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("strata-postgis-public");
        config.setMaximumPoolSize(Integer.getInteger(PostgisStore.POOL_PROPERTY, 16));
        config.setReadOnly(true);
        config.setConnectionInitSql("SET search_path TO " + schema + ", public; SET statement_timeout = '"
                + PostgisStore.STATEMENT_TIMEOUT_SECONDS + "s'");
        config.setConnectionTimeout(PostgisStore.CONNECTION_TIMEOUT_MS);
        // the store's own pool has already reached the database: this one connects when first asked
        config.setInitializationFailTimeout(-1);
        return Optional.of(new PublicReads(new HikariDataSource(config)));
    }

    /** The cadastre as the public map reads it. */
    public CadastreStore cadastre() {
        return cadastre;
    }

    /** Whether the public map's reads come from a secondary, and how far it lags, as of at most a second ago. */
    public Source source() {
        long now = System.nanoTime();
        if (now - checkedAt > LAG_CHECK_NANOS) {
            checkedAt = now;
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement();
                    // caught up when everything received is replayed; else as old as the last replayed commit
                    ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery(), CASE WHEN pg_last_wal_receive_lsn()"
                            + " = pg_last_wal_replay_lsn() THEN 0 ELSE COALESCE(EXTRACT(EPOCH FROM now()"
                            + " - pg_last_xact_replay_timestamp()), 0) END")) {
                rs.next();
                source = new Source(rs.getBoolean(1), rs.getBoolean(1) ? Math.max(0, rs.getDouble(2)) : 0);
            } catch (SQLException e) {
                source = new Source(false, 0);
            }
        }
        return source;
    }

    @Override
    public void close() {
        pool.close();
    }
}
