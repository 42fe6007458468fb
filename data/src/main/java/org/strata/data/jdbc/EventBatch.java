package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.strata.registry.register.EventText;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.RegistrationType;

/**
 * Writes many events of one chain with one batch per table — the events, the parties they name, the units'
 * legal validity — as a bulk import does; the rows are those {@code JdbcRegisterSession.append} writes one by one.
 */
final class EventBatch {
    private EventBatch() {}

    static void write(Connection connection, List<RegisterEvent> events) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO register_events (id, county, seq,"
                        + " unit_code, recorded_at, valid_from, case_id, body, prev_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement parties = connection.prepareStatement(
                        "INSERT INTO event_parties (event_id, unit_code, id_number) VALUES (?, ?, ?)");
                PreparedStatement opened = connection.prepareStatement(UnitValidity.OPEN);
                PreparedStatement closed = connection.prepareStatement(UnitValidity.CLOSE)) {
            for (RegisterEvent e : events) {
                s.setString(1, e.id());
                s.setString(2, e.county());
                s.setLong(3, e.sequence());
                s.setString(4, e.unitCode().toString());
                dialect.setInstant(s, 5, e.recordedAt());
                dialect.setInstant(s, 6, e.validFrom());
                s.setString(7, e.caseId());
                s.setString(8, EventText.encode(e));
                s.setString(9, e.previousHash());
                s.setString(10, e.hash());
                s.addBatch();
                for (String idNumber : e.parties().stream()
                        .map(p -> p.party().idNumber())
                        .distinct()
                        .toList()) {
                    parties.setString(1, e.id());
                    parties.setString(2, e.unitCode().toString());
                    parties.setString(3, idNumber);
                    parties.addBatch();
                }
                if (e.type() == RegistrationType.FIRST) {
                    opened.setString(1, e.unitCode().toString());
                    dialect.setInstant(opened, 2, e.validFrom());
                    opened.addBatch();
                } else if (e.type() == RegistrationType.CANCELLATION) {
                    dialect.setInstant(closed, 1, e.validFrom());
                    closed.setString(2, e.unitCode().toString());
                    closed.addBatch();
                }
            }
            // the events first: parties and validity rows refer to them
            s.executeBatch();
            parties.executeBatch();
            opened.executeBatch();
            closed.executeBatch();
        }
    }
}
