package org.strata.data.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.strata.registry.online.IssuedDocument;
import org.strata.registry.online.IssuedDocuments;
import org.strata.registry.online.SharedRecord;
import org.strata.registry.online.SharedRecords;
import org.strata.registry.register.KeyValueText;
import org.strata.registry.unit.UnitCode;

/** Shared records and issued certificate documents over JDBC, the same SQL for PostGIS and SQLite. */
public final class JdbcOnlineRecords implements SharedRecords, IssuedDocuments {
    private final DataSource dataSource;

    /** The records of a migrated database. */
    public JdbcOnlineRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<SharedRecord> find(SharedRecord.Source source, String reference) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT unit_code, body FROM shared_records WHERE source = ? AND reference = ?")) {
                s.setString(1, source.wireName());
                s.setString(2, reference);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Map<String, String> fields = new TreeMap<>(KeyValueText.parse(rs.getString(2)));
                    return Optional.of(new SharedRecord(source, reference, UnitCode.parse(rs.getString(1)), fields));
                }
            }
        });
    }

    @Override
    public void put(SharedRecord record) {
        KeyValueText body = new KeyValueText();
        record.fields().forEach(body::put);
        Jdbc.write(dataSource, c -> {
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM shared_records WHERE source = ? AND reference = ?")) {
                delete.setString(1, record.source().wireName());
                delete.setString(2, record.reference());
                delete.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO shared_records (source, reference, unit_code, body) VALUES (?, ?, ?, ?)")) {
                s.setString(1, record.source().wireName());
                s.setString(2, record.reference());
                s.setString(3, record.unitCode().toString());
                s.setString(4, body.toString());
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<IssuedDocument> find(String number) {
        return Jdbc.read(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT sha256, issued_at, document FROM certificate_documents WHERE number = ?")) {
                s.setString(1, number);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new IssuedDocument(
                            number, rs.getString(1), SqlRows.instant(rs, "issued_at"), rs.getBytes(3)));
                }
            }
        });
    }

    @Override
    public IssuedDocument putIfAbsent(IssuedDocument document) {
        Optional<IssuedDocument> earlier = find(document.number());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Jdbc.write(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO certificate_documents (number, sha256,"
                    + " issued_at, document) VALUES (?, ?, ?, ?)")) {
                s.setString(1, document.number());
                s.setString(2, document.sha256());
                Dialect.of(c).setInstant(s, 3, document.issuedAt());
                s.setBytes(4, document.document());
                s.executeUpdate();
            }
            return null;
        });
        return find(document.number()).orElseThrow();
    }
}
