package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.strata.registry.port.DuplicateRecordException;
import org.strata.registry.port.RejectedValueException;
import org.strata.registry.port.StoreException;

/** Connection handling shared by the JDBC stores: reads, transactions, and the mapping of SQL failures. */
final class Jdbc {
    private static final String DUPLICATE_KEY_STATE = "23505";

    private static final String REJECTED =
            "the register refused a value of the request: too long or out of range for its field";

    private Jdbc() {}

    /** Runs read-only work on a connection of its own. */
    static <T> T read(DataSource dataSource, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            if (isRejectedValue(e)) {
                throw new RejectedValueException(REJECTED, e);
            }
            throw new StoreException("reading the store failed: " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    static <T> T write(DataSource dataSource, SqlWork<T> work) {
        if (dataSource instanceof GroupCommitDataSource grouped) {
            try {
                return grouped.write(work);
            } catch (SQLException e) {
                throw writeFailure(e);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SqlFailure e) {
                c.rollback();
                throw (SQLException) e.getCause();
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw writeFailure(e);
        }
    }

    private static RuntimeException writeFailure(SQLException e) {
        if (isDuplicateKey(e)) {
            return new DuplicateRecordException(
                    "a record with the same code or id is already stored: " + e.getMessage(), e);
        }
        if (isRejectedValue(e)) {
            return new RejectedValueException(REJECTED, e);
        }
        return new StoreException("writing the store failed: " + e.getMessage(), e);
    }

    /** Runs SQL work inside a session whose caller handles the transaction; SQL failures become unchecked. */
    static <T> T unchecked(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    /** A data exception (class 22: too long, out of range) or a broken constraint (class 23) other than a duplicate. */
    private static boolean isRejectedValue(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            String code = sqlite.getResultCode().name();
            return (code.startsWith("SQLITE_CONSTRAINT") && !isDuplicateKey(e)) || code.equals("SQLITE_TOOBIG");
        }
        String state = e.getSQLState();
        return state != null
                && (state.startsWith("22") || (state.startsWith("23") && !state.equals(DUPLICATE_KEY_STATE)));
    }

    private static boolean isSqliteDuplicate(SQLException e) {
        return e instanceof SQLiteException sqlite
                && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                        || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (Throwable x = e; x != null; x = x.getCause()) {
            if (x instanceof SQLException s && (DUPLICATE_KEY_STATE.equals(s.getSQLState()) || isSqliteDuplicate(s))) {
                return true;
            }
        }
        for (SQLException x = e.getNextException(); x != null; x = x.getNextException()) {
            if (DUPLICATE_KEY_STATE.equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQL work without a connection argument. */
    @FunctionalInterface
    interface SqlCall<T> {
        T run() throws SQLException;
    }

    /** An SQL failure carried out of a session so that the transaction is rolled back and the failure mapped. */
    static final class SqlFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SqlFailure(SQLException cause) {
            super(cause);
        }
    }
}
