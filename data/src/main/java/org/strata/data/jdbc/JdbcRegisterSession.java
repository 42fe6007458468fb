package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.strata.registry.cases.RegisterSession;
import org.strata.registry.cases.RegisterStore.ChainHead;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.unit.UnitCode;

/** The session of one county transaction of {@link JdbcRegisterStore}: appends, certificate numbers, cases, units. */
final class JdbcRegisterSession implements RegisterSession {
    private final Connection connection;
    private final String county;
    private ChainHead head;
    private final NeighbourIndex index;
    /** The bulk load under way, if any: its cadastre rows go to tables of their own until it finishes. */
    private CountyBulkLoad bulkLoad;

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
        requireFollows(head, e);
        Jdbc.unchecked(() -> {
            EventBatch.write(connection, List.of(e));
            if (e.details().containsKey("certificate")) {
                CertificateSeries.issue(connection, e);
            }
            moveHead(e);
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
            requireFollows(expected, e);
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
            moveHead(events.get(events.size() - 1));
            return null;
        });
        head = expected;
    }

    private void requireFollows(ChainHead at, RegisterEvent e) {
        if (!e.county().equals(county)
                || e.sequence() != at.sequence() + 1
                || !e.previousHash().equals(at.hash())) {
            throw new IllegalArgumentException("event " + e.id() + " does not follow the head of chain " + county);
        }
    }

    private void moveHead(RegisterEvent last) throws java.sql.SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("UPDATE register_heads SET last_seq = ?, last_hash = ? WHERE county = ?")) {
            s.setLong(1, last.sequence());
            s.setString(2, last.hash());
            s.setString(3, county);
            s.executeUpdate();
        }
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
    public void beginBulkLoad() {
        if (bulkLoad != null) {
            throw new IllegalStateException("a bulk load of county " + county + " is already under way");
        }
        bulkLoad = Jdbc.unchecked(() -> Dialect.of(connection).beginBulkLoad(connection, county))
                .orElse(null);
    }

    @Override
    public void finishBulkLoad() {
        CountyBulkLoad load = bulkLoad;
        bulkLoad = null;
        if (load != null) {
            Jdbc.unchecked(() -> {
                load.finish();
                return null;
            });
        }
    }

    @Override
    public void addToCadastre(CadastreContents contents) {
        Jdbc.unchecked(() -> {
            CountyBulkLoad load = bulkLoad;
            new CadastreWriter(connection, load == null ? table -> table : load::tableFor).write(contents);
            return null;
        });
        // told while the county lock is still held, so the next recording's 3D check sees the new unit; should
        // the commit then fail, the index keeps a unit that is not there, which can only refuse, never admit
        if (index != null) {
            index.added(contents);
        }
    }
}
