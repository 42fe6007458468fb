package org.strata.data.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.strata.registry.access.Interest;
import org.strata.registry.access.InterestRegister;

/** Accepted interests over JDBC, the same SQL for PostGIS and SQLite. */
public final class JdbcInterestRegister implements InterestRegister {
    private final DataSource dataSource;

    /** A register over a migrated database. */
    public JdbcInterestRegister(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void grant(Interest i) {
        Jdbc.write(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO interests (id, subject, unit_code, evidence,"
                    + " granted_by, granted_at, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, i.id());
                s.setString(2, i.subject());
                s.setString(3, i.unitCode());
                s.setString(4, i.evidence());
                s.setString(5, i.grantedBy());
                Dialect.of(s.getConnection()).setInstant(s, 6, i.grantedAt());
                Dialect.of(s.getConnection()).setInstant(s, 7, i.validUntil());
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Interest> inForce(String subject, String unitCode, Instant at) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, subject, unit_code, evidence, granted_by,"
                    + " granted_at, valid_until FROM interests WHERE subject = ? AND unit_code = ? AND granted_at <= ?"
                    + " AND valid_until > ? ORDER BY valid_until DESC")) {
                s.setString(1, subject);
                s.setString(2, unitCode);
                Dialect dialect = Dialect.of(c);
                dialect.setInstant(s, 3, at);
                dialect.setInstant(s, 4, at);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Interest>empty();
                    }
                    return Optional.of(new Interest(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            SqlRows.instant(rs, "granted_at"),
                            SqlRows.instant(rs, "valid_until")));
                }
            }
        });
    }
}
