package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Small helpers for statements with positional parameters and row mapping, shared by the survey store. */
final class SqlRows {
    private SqlRows() {}

    /** Maps one row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    static void insert(DataSource dataSource, String sql, Object... params) {
        Jdbc.write(dataSource, c -> update(c, sql, params));
    }

    static <T> List<T> list(DataSource dataSource, RowMapper<T> mapper, String sql, Object... params) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                List<T> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                }
                return out;
            }
        });
    }

    static <T> Optional<T> one(DataSource dataSource, RowMapper<T> mapper, String sql, Object... params) {
        return list(dataSource, mapper, sql, params).stream().findFirst();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Dialect.of(rs.getStatement().getConnection()).instant(rs, column);
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                Dialect.of(s.getConnection()).setInstant(s, i + 1, t);
            } else if (p instanceof byte[] b) {
                s.setBytes(i + 1, b);
            } else if (p instanceof Optional<?> o) {
                s.setObject(i + 1, o.orElse(null));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
