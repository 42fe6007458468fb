package org.strata.data.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.strata.geo.model.GridBox;
import org.strata.registry.register.InstantText;

/**
 * The few places where the SQL of Strata's two databases differs; everything else is written once. PostGIS has
 * timestamps with time zone, row locks and the {@code &&} box operator over a GiST index; the embedded SQLite store
 * keeps instants as fixed-width UTC text (so that text order is time order), serialises writers by its immediate
 * transactions, and finds boxes through an R*Tree. Both have the {@code ST_} functions the stores use (SQLite's
 * are Strata's own, over JTS).
 */
public enum Dialect {
    /** PostgreSQL with PostGIS. */
    POSTGIS {
        @Override
        void setInstant(PreparedStatement s, int index, Instant at) throws SQLException {
            // ISO text of whole microseconds (timestamptz's precision, rounded half up as the driver does), its type
            // left to the server, which takes it from the column or operator: binding an OffsetDateTime instead
            // makes the driver build its calendar helpers anew for every statement
            Instant micros = MicrosText.round(at);
            if (micros == null) {
                s.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            } else {
                s.setObject(index, MicrosText.format(micros), Types.OTHER);
            }
        }

        @Override
        Instant instant(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, OffsetDateTime.class).toInstant();
        }

        @Override
        String lockForUpdate() {
            return " FOR UPDATE";
        }

        @Override
        String boxTest() {
            return "geom && ST_MakeEnvelope(?, ?, ?, ?, 4549)";
        }

        @Override
        boolean batchNamesCounties() {
            // a partition filled in the import's own transaction has no statistics: the planner took "county = ?"
            // for selective and read the county's whole chain through its key for every batch of units
            return false;
        }

        @Override
        void ensureCountyPartition(java.sql.Connection c, String county) throws SQLException {
            CountyPartitions.ensure(c, county);
        }

        @Override
        java.util.Optional<CountyBulkLoad> beginBulkLoad(java.sql.Connection c, String county) throws SQLException {
            return CountyBulkLoad.begin(c, county);
        }

        @Override
        int bindBox(PreparedStatement s, int index, GridBox b) throws SQLException {
            s.setDouble(index, b.minEasting());
            s.setDouble(index + 1, b.minNorthing());
            s.setDouble(index + 2, b.maxEasting());
            s.setDouble(index + 3, b.maxNorthing());
            return index + 4;
        }
    },
    /** SQLite in WAL mode, with Strata's spatial functions and an R*Tree of the cadastre's boxes. */
    SQLITE {
        private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                .withZone(ZoneOffset.UTC);

        @Override
        void setInstant(PreparedStatement s, int index, Instant at) throws SQLException {
            s.setString(index, FIXED.format(at));
        }

        @Override
        Instant instant(ResultSet rs, String column) throws SQLException {
            return InstantText.parse(rs.getString(column));
        }

        @Override
        String lockForUpdate() {
            return "";
        }

        @Override
        String boxTest() {
            return "unit_code IN (SELECT unit_code FROM cadastre_rtree"
                    + " WHERE max_e >= ? AND min_e <= ? AND max_n >= ? AND min_n <= ?)";
        }

        @Override
        int bindBox(PreparedStatement s, int index, GridBox b) throws SQLException {
            s.setDouble(index, b.minEasting());
            s.setDouble(index + 1, b.maxEasting());
            s.setDouble(index + 2, b.minNorthing());
            s.setDouble(index + 3, b.maxNorthing());
            return index + 4;
        }
    };

    /** The dialect of a connection's database. */
    static Dialect of(java.sql.Connection connection) throws SQLException {
        return "SQLite".equals(connection.getMetaData().getDatabaseProductName()) ? SQLITE : POSTGIS;
    }

    /**
     * Gives a county its own partitions of the register and the cadastre, if the database partitions them
     * (PostgreSQL: {@link CountyPartitions}), in the caller's short transaction.
     */
    void ensureCountyPartition(java.sql.Connection c, String county) throws SQLException {
        // SQLite keeps one table
    }

    /**
     * Begins a bulk load of a county's new units whose indexes are built after the load, where that pays (PostgreSQL,
     * a county with no units yet: {@link CountyBulkLoad}); SQLite keeps its indexes as it goes, which measured as
     * cheap as building them afterwards.
     */
    java.util.Optional<CountyBulkLoad> beginBulkLoad(java.sql.Connection c, String county) throws SQLException {
        return java.util.Optional.empty();
    }

    /**
     * Whether a query of a batch of units' events names their counties beside their codes: SQLite needs it to use
     * its (county, unit, sequence) index; PostgreSQL finds the codes through each county partition's unit index.
     */
    boolean batchNamesCounties() {
        return true;
    }

    /** Binds an instant. */
    abstract void setInstant(PreparedStatement s, int index, Instant at) throws SQLException;

    /** Reads an instant. */
    abstract Instant instant(ResultSet rs, String column) throws SQLException;

    /** What a SELECT appends to lock the rows it reads until the transaction ends. */
    abstract String lockForUpdate();

    /** The index-driven test that a row's box meets a box, with four parameters bound by {@link #bindBox}. */
    abstract String boxTest();

    /** Binds the box of {@link #boxTest} from {@code index}; returns the next free index. */
    abstract int bindBox(PreparedStatement s, int index, GridBox box) throws SQLException;
}
