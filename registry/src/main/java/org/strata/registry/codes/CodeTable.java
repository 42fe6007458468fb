package org.strata.registry.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A national code table read from a resource file: {@code #} lines give its source and edition, every other line
 * is {@code code | name | ...}, separated by {@code |}.
 *
 * @param name the table's name in the API (land-use, counties)
 * @param source the source and edition, from the file's comment lines
 * @param columns the names of the columns after the code
 * @param rows the values after the code, by code, in file order
 */
public record CodeTable(String name, String source, List<String> columns, Map<String, List<String>> rows) {
    /** Copies the collections. */
    public CodeTable {
        columns = List.copyOf(columns);
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Whether the table holds the code. */
    public boolean contains(String code) {
        return rows.containsKey(code);
    }

    /** The values of a code, if the table holds it. */
    public Optional<List<String>> row(String code) {
        return Optional.ofNullable(rows.get(code));
    }

    /**
     * Reads a table from a resource beside this class.
     *
     * @throws IllegalStateException naming the line when a row has the wrong number of columns or a code twice
     */
    static CodeTable read(String name, String resource, List<String> columns) {
        try (InputStream in = CodeTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("code table " + resource + " is missing");
            }
            List<String> source = new ArrayList<>();
            Map<String, List<String>> rows = new LinkedHashMap<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                if (line.startsWith("#")) {
                    source.add(line.substring(1).strip());
                } else if (!line.isEmpty()) {
                    List<String> f =
                            Arrays.stream(line.split("\\|")).map(String::strip).toList();
                    if (f.size() != columns.size() + 1 || rows.put(f.get(0), f.subList(1, f.size())) != null) {
                        throw new IllegalStateException(resource + " line " + (n + 1) + " is not a row of its own");
                    }
                }
            }
            return new CodeTable(name, String.join(" ", source), columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
