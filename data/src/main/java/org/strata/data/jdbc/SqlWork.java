package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on a JDBC connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
