package org.strata.data.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.QueryLog;
import org.strata.registry.access.QueryRecord;
import org.strata.registry.access.Tier;
import org.strata.registry.actor.Role;

/** The query log over JDBC, the same SQL for PostGIS and SQLite: one row per query in {@code query_records}. */
public final class JdbcQueryLog implements QueryLog {
    private static final String COLUMNS =
            "receipt, subject, asker_name, role, tier, purpose, unit_code, asked_at, disclosed, case_ref";

    private final DataSource dataSource;

    /** A log over a migrated database. */
    public JdbcQueryLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void append(QueryRecord record) {
        appendAll(List.of(record));
    }

    @Override
    public void appendAll(List<QueryRecord> records) {
        Jdbc.write(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO query_records (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (QueryRecord r : records) {
                    s.setString(1, r.receipt());
                    s.setString(2, r.subject());
                    s.setString(3, r.askerName());
                    s.setString(4, r.role().wireName());
                    s.setString(5, r.tier().wireName());
                    s.setString(6, r.purpose().wireName());
                    s.setString(7, r.unitCode());
                    Dialect.of(s.getConnection()).setInstant(s, 8, r.at());
                    s.setString(9, String.join(",", r.disclosed()));
                    s.setString(10, r.caseReference().orElse(null));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<QueryRecord> byReceipt(String receipt) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM query_records WHERE receipt = ?")) {
                s.setString(1, receipt);
                return all(s).stream().findFirst();
            }
        });
    }

    @Override
    public List<QueryRecord> about(Collection<String> unitCodes, int limit) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        List<String> codes = List.copyOf(unitCodes);
        String marks = String.join(", ", Collections.nCopies(codes.size(), "?"));
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM query_records WHERE unit_code IN (" + marks
                            + ") ORDER BY asked_at DESC, receipt LIMIT ?")) {
                for (int i = 0; i < codes.size(); i++) {
                    s.setString(i + 1, codes.get(i));
                }
                s.setInt(codes.size() + 1, limit);
                return all(s);
            }
        });
    }

    private static List<QueryRecord> all(PreparedStatement s) throws SQLException {
        List<QueryRecord> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new QueryRecord(
                        rs.getString("receipt"),
                        rs.getString("subject"),
                        rs.getString("asker_name"),
                        Role.ofWireName(rs.getString("role")).orElseThrow(),
                        Tier.valueOf(rs.getString("tier").toUpperCase(java.util.Locale.ROOT)),
                        Purpose.ofWireName(rs.getString("purpose")).orElseThrow(),
                        rs.getString("unit_code"),
                        SqlRows.instant(rs, "asked_at"),
                        Arrays.asList(rs.getString("disclosed").split(",")),
                        Optional.ofNullable(rs.getString("case_ref"))));
            }
        }
        return out;
    }
}
