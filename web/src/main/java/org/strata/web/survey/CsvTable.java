package org.strata.web.survey;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.registry.survey.PartData;

/**
 * Reads an RFC 4180 CSV table with a header row (quoted fields, doubled quotes, CRLF or LF) with Jackson's CSV
 * parser; each row becomes a map by header name.
 */
final class CsvTable {
    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvTable() {}

    static PartData.Table read(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the table has no header row");
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + fields.size() + " fields, the header " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            rows.add(row);
        }
        return new PartData.Table(header, rows);
    }

    private static List<List<String>> records(String text) {
        try (MappingIterator<List<String>> rows =
                CSV.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(text)) {
            return rows.readAll();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the table is not RFC 4180 CSV: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
