package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.strata.registry.register.EventText;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;

/**
 * The legal validity of each unit's registration, kept in {@code unit_validity} from the register's events: a
 * first registration opens it at its valid-from time, a cancellation closes it. Written in the recording's
 * transaction; rebuilt from the events when the table is empty and the register is not (a store migrated from
 * before the table existed).
 */
final class UnitValidity {
    /** Opens a unit's validity at a first registration's valid-from time. */
    static final String OPEN =
            "INSERT INTO unit_validity (code, valid_from) VALUES (?, ?) ON CONFLICT (code) DO NOTHING";
    /** Closes it at a cancellation's. */
    static final String CLOSE = "UPDATE unit_validity SET valid_to = ? WHERE code = ?";

    private UnitValidity() {}

    /** Applies one appended event, in the recording's transaction. */
    static void apply(Connection connection, RegisterEvent e) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        if (e.type() == RegistrationType.FIRST) {
            try (PreparedStatement s = connection.prepareStatement(OPEN)) {
                s.setString(1, e.unitCode().toString());
                dialect.setInstant(s, 2, e.validFrom());
                s.executeUpdate();
            }
        } else if (e.type() == RegistrationType.CANCELLATION) {
            try (PreparedStatement s = connection.prepareStatement(CLOSE)) {
                dialect.setInstant(s, 1, e.validFrom());
                s.setString(2, e.unitCode().toString());
                s.executeUpdate();
            }
        }
    }

    /** Rebuilds the table from the events when it is empty and the register is not. */
    static void rebuildIfEmpty(DataSource dataSource) {
        Jdbc.write(dataSource, c -> {
            if (count(c, "SELECT COUNT(*) FROM unit_validity") > 0
                    || count(c, "SELECT COUNT(*) FROM register_events") == 0) {
                return null;
            }
            try (PreparedStatement s = c.prepareStatement(
                            "SELECT body, prev_hash, hash FROM register_events ORDER BY county, seq");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    apply(c, EventText.decode(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return null;
        });
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
