package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.strata.registry.register.CertificateNumber;
import org.strata.registry.register.RegisterEvent;

/**
 * The certificate series of the register, inside a recording transaction: a locked row per series and office and
 * year ({@code certificate_series}), and each issued number in {@code certificates}, gap-free and never twice.
 */
final class CertificateSeries {
    private CertificateSeries() {}

    /** The series' last number, its row created when new and locked until the transaction ends. */
    static long last(Connection connection, String series) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO certificate_series (series, last_seq)"
                + " VALUES (?, 0) ON CONFLICT (series) DO NOTHING")) {
            s.setString(1, series);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT last_seq FROM certificate_series"
                + " WHERE series = ?" + Dialect.of(connection).lockForUpdate())) {
            s.setString(1, series);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Records the certificate an event carries as issued: the next of its series, never twice. */
    static void issue(Connection connection, RegisterEvent e) throws SQLException {
        String number = e.details().get("certificate");
        CertificateNumber parsed = CertificateNumber.parse(number)
                .orElseThrow(() -> new IllegalArgumentException(
                        "event " + e.id() + " carries certificate '" + number + "', not a certificate number"));
        // one statement checks and takes the number where the recording has read its series (and so locked it)
        if (!advance(connection, parsed)) {
            if (parsed.number() != last(connection, parsed.series()) + 1 || !advance(connection, parsed)) {
                throw new IllegalArgumentException("certificate " + number + " is not the next of its series");
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO certificates (number, series, seq, event_id, unit_code) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, number);
            s.setString(2, parsed.series());
            s.setLong(3, parsed.number());
            s.setString(4, e.id());
            s.setString(5, e.unitCode().toString());
            s.executeUpdate();
        }
    }

    /** Moves the series on to the number when its last one is the number before it; false when it is not. */
    private static boolean advance(Connection connection, CertificateNumber number) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE certificate_series SET last_seq = ? WHERE series = ? AND last_seq = ?")) {
            s.setLong(1, number.number());
            s.setString(2, number.series());
            s.setLong(3, number.number() - 1);
            return s.executeUpdate() == 1;
        }
    }
}
