package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.RegisterSession;
import org.strata.registry.cases.RegisterStore.ChainHead;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.register.EventText;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.unit.UnitCode;

/** The session of one county transaction of {@link JdbcRegisterStore}: appends, certificate numbers, cases, units. */
final class JdbcRegisterSession implements RegisterSession {
    private final Connection connection;
    private final String county;
    private ChainHead head;
    private final NeighbourIndex index;

    JdbcRegisterSession(Connection connection, String county, ChainHead head, NeighbourIndex index) {
        this.connection = connection;
        this.index = index;
        this.county = county;
        this.head = head;
    }

    @Override
    public ChainHead head() {
        return head;
    }

    @Override
    public List<RegisterEvent> eventsOf(UnitCode unitCode) {
        return Jdbc.unchecked(() -> JdbcRegisterStore.eventsOf(connection, unitCode));
    }

    @Override
    public Optional<RegistrationCase> findCase(String id) {
        return Jdbc.unchecked(() -> JdbcRegisterStore.findCase(connection, id));
    }

    @Override
    public void append(RegisterEvent e) {
        if (!e.county().equals(county)
                || e.sequence() != head.sequence() + 1
                || !e.previousHash().equals(head.hash())) {
            throw new IllegalArgumentException("event " + e.id() + " does not follow the head of chain " + county);
        }
        Jdbc.unchecked(() -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO register_events (id, county, seq,"
                    + " unit_code, recorded_at, valid_from, case_id, body, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, e.id());
                s.setString(2, e.county());
                s.setLong(3, e.sequence());
                s.setString(4, e.unitCode().toString());
                Dialect.of(s.getConnection()).setInstant(s, 5, e.recordedAt());
                Dialect.of(s.getConnection()).setInstant(s, 6, e.validFrom());
                s.setString(7, e.caseId());
                s.setString(8, EventText.encode(e));
                s.setString(9, e.previousHash());
                s.setString(10, e.hash());
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO event_parties (event_id, unit_code," + " id_number) VALUES (?, ?, ?)")) {
                for (String idNumber : e.parties().stream()
                        .map(p -> p.party().idNumber())
                        .distinct()
                        .toList()) {
                    s.setString(1, e.id());
                    s.setString(2, e.unitCode().toString());
                    s.setString(3, idNumber);
                    s.addBatch();
                }
                s.executeBatch();
            }
            if (e.details().containsKey("certificate")) {
                CertificateSeries.issue(connection, e);
            }
            UnitValidity.apply(connection, e);
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE register_heads SET last_seq = ?, last_hash = ? WHERE county = ?")) {
                s.setLong(1, e.sequence());
                s.setString(2, e.hash());
                s.setString(3, county);
                s.executeUpdate();
            }
            return null;
        });
        head = new ChainHead(e.sequence(), e.hash());
    }

    @Override
    public java.util.Map<UnitCode, List<RegisterEvent>> eventsOfUnits(java.util.Collection<UnitCode> unitCodes) {
        return Jdbc.unchecked(() -> JdbcRegisterStore.eventsOfUnits(connection, unitCodes));
    }

    /**
     * Appends events in batches of statements — the events, their parties, the units' validity — and moves the head
     * once; an event carrying a certificate goes through {@link #append} so its series is checked.
     */
    @Override
    public void appendAll(List<RegisterEvent> events) {
        ChainHead expected = head;
        for (RegisterEvent e : events) {
            if (!e.county().equals(county)
                    || e.sequence() != expected.sequence() + 1
                    || !e.previousHash().equals(expected.hash())) {
                throw new IllegalArgumentException("event " + e.id() + " does not follow the head of chain " + county);
            }
            if (e.details().containsKey("certificate")) {
                events.forEach(this::append);
                return;
            }
            expected = new ChainHead(e.sequence(), e.hash());
        }
        if (events.isEmpty()) {
            return;
        }
        Jdbc.unchecked(() -> {
            EventBatch.write(connection, events);
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE register_heads SET last_seq = ?, last_hash = ? WHERE county = ?")) {
                RegisterEvent last = events.get(events.size() - 1);
                s.setLong(1, last.sequence());
                s.setString(2, last.hash());
                s.setString(3, county);
                s.executeUpdate();
            }
            return null;
        });
        head = expected;
    }

    @Override
    public long nextCertificateNumber(String series) {
        return Jdbc.unchecked(() -> CertificateSeries.last(connection, series) + 1);
    }

    @Override
    public void updateCase(RegistrationCase c, long expectedVersion) {
        Jdbc.unchecked(() -> {
            JdbcRegisterStore.updateCase(connection, c, expectedVersion);
            return null;
        });
    }

    @Override
    public void addToCadastre(CadastreContents contents) {
        Jdbc.unchecked(() -> {
            new CadastreWriter(connection).write(contents);
            return null;
        });
        // told while the county lock is still held, so the next recording's 3D check sees the new unit; should
        // the commit then fail, the index keeps a unit that is not there, which can only refuse, never admit
        if (index != null) {
            index.added(contents);
        }
    }
}
