package org.strata.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.strata.data.text.CaseText;
import org.strata.registry.cases.CaseStatus;
import org.strata.registry.cases.RegisterStore;
import org.strata.registry.cases.RegistrationCase;
import org.strata.registry.port.ConcurrentChangeException;
import org.strata.registry.register.EventText;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.register.StoredEvent;
import org.strata.registry.unit.ParcelCode;
import org.strata.registry.unit.UnitCode;

/**
 * The register store over JDBC, the same SQL for PostGIS and SQLite: events in {@code register_events}, one
 * lockable head row per county in {@code register_heads}, cases in {@code cases}.
 */
public final class JdbcRegisterStore implements RegisterStore {
    private static final String EVENT_COLUMNS = "id, county, seq, unit_code, body, prev_hash, hash";

    private static final java.util.Comparator<RegisterEvent> CHAIN_ORDER =
            java.util.Comparator.comparing(RegisterEvent::county).thenComparingLong(RegisterEvent::sequence);

    /**
     * A unit's events (county, unit code). Every query of one county's events names the county, so PostgreSQL,
     * where the events are partitioned by county, reads that county's partition alone.
     */
    public static final String EVENTS_OF_UNIT =
            "SELECT " + EVENT_COLUMNS + " FROM register_events WHERE county = ? AND unit_code = ? ORDER BY county, seq";

    /** The events of a parcel's units (county, first code, last code), in unit code order. */
    public static final String EVENTS_ON_PARCEL = "SELECT " + EVENT_COLUMNS + " FROM register_events"
            + " WHERE county = ? AND unit_code BETWEEN ? AND ? ORDER BY unit_code, county, seq";

    /** One event (county, id). */
    public static final String EVENT_BY_ID =
            "SELECT " + EVENT_COLUMNS + " FROM register_events WHERE county = ? AND id = ?";

    /** A county's chain from a sequence (county, first sequence, limit). */
    public static final String CHAIN =
            "SELECT " + EVENT_COLUMNS + " FROM register_events WHERE county = ? AND seq >= ? ORDER BY seq LIMIT ?";

    private final DataSource dataSource;
    private final NeighbourIndex index;
    private final CountyLocks countyLocks;

    /**
     * A store over a migrated database.
     *
     * @param index told of cadastre records a recording adds, once committed; may be null
     */
    public JdbcRegisterStore(DataSource dataSource, NeighbourIndex index) {
        this.dataSource = dataSource;
        this.index = index;
        this.countyLocks = dataSource instanceof GroupCommitDataSource ? CountyLocks.NONE : new CountyLocks();
    }

    @Override
    public void createCase(RegistrationCase c) {
        Jdbc.write(dataSource, connection -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO cases (id, county, unit_code, type,"
                    + " status, version, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, c.id());
                s.setString(2, c.application().county());
                s.setString(3, c.application().unitCode().toString());
                s.setString(4, c.application().type().wireName());
                s.setString(5, c.status().name());
                s.setLong(6, c.version());
                s.setString(7, CaseText.encode(c));
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<RegistrationCase> findCase(String id) {
        return Jdbc.read(dataSource, c -> findCase(c, id));
    }

    @Override
    public List<RegistrationCase> casesOf(String county, Set<CaseStatus> statuses, int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(statuses.size(), "?"));
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT body FROM cases WHERE county = ? AND status IN (" + marks + ") LIMIT ?")) {
                int i = 1;
                s.setString(i++, county);
                for (CaseStatus status : statuses) {
                    s.setString(i++, status.name());
                }
                s.setInt(i, limit);
                return decodeCases(s);
            }
        });
    }

    @Override
    public List<RegistrationCase> casesNaming(String idNumber, int limit) {
        // the body holds each party as party.N.idNumber=…; the LIKE narrows, the decoded parties decide
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT body FROM cases WHERE body LIKE ? LIMIT ?")) {
                s.setString(1, "%" + idNumber.replace("%", "").replace("_", "") + "%");
                s.setInt(2, limit * 4);
                return decodeCases(s).stream()
                        .filter(k -> k.application().parties().stream()
                                .anyMatch(p -> p.party().idNumber().equals(idNumber)))
                        .limit(limit)
                        .toList();
            }
        });
    }

    private static List<RegistrationCase> decodeCases(PreparedStatement s) throws SQLException {
        List<RegistrationCase> cases = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                cases.add(CaseText.decode(rs.getString(1)));
            }
        }
        return cases;
    }

    @Override
    public void updateCase(RegistrationCase c, long expectedVersion) {
        Jdbc.write(dataSource, connection -> {
            updateCase(connection, c, expectedVersion);
            return null;
        });
    }

    @Override
    public List<RegisterEvent> eventsOf(UnitCode unitCode) {
        return Jdbc.read(dataSource, c -> eventsOf(c, unitCode));
    }

    @Override
    public Map<UnitCode, List<RegisterEvent>> eventsOfUnits(Collection<UnitCode> unitCodes) {
        return Jdbc.read(dataSource, c -> eventsOfUnits(c, unitCodes));
    }

    /** The events of each unit that has any, in chain order, read 500 units a query on one connection. */
    static Map<UnitCode, List<RegisterEvent>> eventsOfUnits(Connection c, Collection<UnitCode> unitCodes)
            throws SQLException {
        List<String> codes =
                unitCodes.stream().map(UnitCode::toString).distinct().toList();
        Map<UnitCode, List<RegisterEvent>> byUnit = new LinkedHashMap<>();
        for (int from = 0; from < codes.size(); from += 500) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            Dialect dialect = Dialect.of(c);
            List<String> counties = dialect.batchNamesCounties()
                    ? chunk.stream()
                            .map(code -> code.substring(0, 6))
                            .distinct()
                            .toList()
                    : List.of();
            String countyTerm = counties.isEmpty()
                    ? ""
                    : "county IN (" + String.join(", ", Collections.nCopies(counties.size(), "?")) + ") AND ";
            // no ORDER BY, which would lead SQLite to the (county, seq) key and the county's whole chain: the events
            // are put in chain order below
            try (PreparedStatement s = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM register_events WHERE "
                    + countyTerm + "unit_code IN (" + marks + ")")) {
                for (int i = 0; i < counties.size(); i++) {
                    s.setString(i + 1, counties.get(i));
                }
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(counties.size() + i + 1, chunk.get(i));
                }
                List<RegisterEvent> events = new ArrayList<>(decodeAll(s));
                events.sort(CHAIN_ORDER);
                addByUnit(byUnit, events);
            }
        }
        return byUnit;
    }

    @Override
    public Map<UnitCode, List<RegisterEvent>> eventsOnParcel(ParcelCode parcel) {
        List<RegisterEvent> events = Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(EVENTS_ON_PARCEL)) {
                // a code is its parcel's 19 characters and 9 more of [0-9A-Z]: a range the unit index serves
                s.setString(1, parcel.county());
                s.setString(2, parcel.toString());
                s.setString(3, parcel + "ZZZZZZZZZ");
                return decodeAll(s);
            }
        });
        return addByUnit(new LinkedHashMap<>(), events);
    }

    private static Map<UnitCode, List<RegisterEvent>> addByUnit(
            Map<UnitCode, List<RegisterEvent>> byUnit, List<RegisterEvent> events) {
        events.forEach(e ->
                byUnit.computeIfAbsent(e.unitCode(), k -> new ArrayList<>()).add(e));
        return byUnit;
    }

    @Override
    public List<UnitCode> unitsNaming(String idNumber) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT unit_code FROM event_parties WHERE id_number = ? ORDER BY unit_code")) {
                s.setString(1, idNumber);
                List<UnitCode> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(UnitCode.parse(rs.getString(1)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<RegisterEvent> event(String id) {
        return Jdbc.read(dataSource, c -> {
            int dash = id.indexOf('-');
            try (PreparedStatement s = c.prepareStatement(EVENT_BY_ID)) {
                // an id is "<county>-<sequence>": its county names the partition
                s.setString(1, dash < 0 ? "" : id.substring(0, dash));
                s.setString(2, id);
                return decodeAll(s).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<RegisterEvent> eventByCertificate(String number) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM register_events"
                    + " WHERE id = (SELECT event_id FROM certificates WHERE number = ?)")) {
                s.setString(1, number);
                return decodeAll(s).stream().findFirst();
            }
        });
    }

    @Override
    public List<String> counties() {
        return Jdbc.read(dataSource, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT county FROM register_heads ORDER BY county");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public List<StoredEvent> chain(String county, long fromSequence, int limit) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(CHAIN)) {
                s.setString(1, county);
                s.setLong(2, fromSequence);
                s.setInt(3, limit);
                List<StoredEvent> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(stored(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public ChainHead head(String county) {
        return Jdbc.read(dataSource, c -> head(c, county, false));
    }

    @Override
    public <T> T inCountyTransaction(String county, RegisterWork<T> work) {
        ensureHead(county);
        return countyLocks.holding(
                county,
                () -> Jdbc.write(dataSource, connection -> {
                    ChainHead locked = head(connection, county, true);
                    JdbcRegisterSession session = new JdbcRegisterSession(connection, county, locked, index);
                    return work.run(session);
                }));
    }

    private void ensureHead(String county) {
        boolean exists = Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM register_heads WHERE county = ?")) {
                s.setString(1, county);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (exists) {
            return;
        }
        try {
            Jdbc.write(dataSource, c -> {
                Dialect.of(c).ensureCountyPartition(c, county);
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO register_heads (county, last_seq, last_hash) VALUES (?, 0, ?)")) {
                    s.setString(1, county);
                    s.setString(2, RegisterEvent.GENESIS_HASH);
                    s.executeUpdate();
                }
                return null;
            });
        } catch (org.strata.registry.port.DuplicateRecordException e) {
            // another recording created the head first: that is fine
        }
    }

    private static ChainHead head(Connection c, String county, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM register_heads WHERE county = ?"
                + (lock ? Dialect.of(c).lockForUpdate() : ""))) {
            s.setString(1, county);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? new ChainHead(rs.getLong(1), rs.getString(2))
                        : new ChainHead(0, RegisterEvent.GENESIS_HASH);
            }
        }
    }

    static Optional<RegistrationCase> findCase(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT body FROM cases WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(CaseText.decode(rs.getString(1))) : Optional.empty();
            }
        }
    }

    static void updateCase(Connection c, RegistrationCase rc, long expectedVersion) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE cases SET status = ?, version = ?, body = ? WHERE id = ? AND version = ?")) {
            s.setString(1, rc.status().name());
            s.setLong(2, rc.version());
            s.setString(3, CaseText.encode(rc));
            s.setString(4, rc.id());
            s.setLong(5, expectedVersion);
            if (s.executeUpdate() != 1) {
                throw new ConcurrentChangeException("case " + rc.id() + " changed since it was read");
            }
        }
    }

    static List<RegisterEvent> eventsOf(Connection c, UnitCode unit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EVENTS_OF_UNIT)) {
            s.setString(1, unit.parcel().county());
            s.setString(2, unit.toString());
            return decodeAll(s);
        }
    }

    private static List<RegisterEvent> decodeAll(PreparedStatement s) throws SQLException {
        List<RegisterEvent> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                StoredEvent e = stored(rs);
                out.add(EventText.decode(e.text(), e.previousHash(), e.hash()));
            }
        }
        return out;
    }

    private static StoredEvent stored(ResultSet rs) throws SQLException {
        return new StoredEvent(
                rs.getString("id"),
                rs.getString("county"),
                rs.getLong("seq"),
                rs.getString("unit_code"),
                rs.getString("body"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
