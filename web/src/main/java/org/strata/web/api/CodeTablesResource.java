package org.strata.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strata.registry.codes.CodeTable;
import org.strata.registry.codes.CodeTables;
import org.strata.registry.unit.ParcelRightLetter;
import org.strata.web.http.ApiException;
import org.strata.web.http.Texts;

/**
 * {@code GET /api/v1/code-tables} and {@code /api/v1/code-tables/{name}}: the national code tables codes are
 * checked against (land use, counties, parcel right letters), with their sources; public reference data, like
 * the unit-code checker.
 */
@Path("/api/v1/code-tables")
@Produces(MediaType.APPLICATION_JSON)
public final class CodeTablesResource {
    private static final String LETTERS = "parcel-right-letters";

    /** The tables' names and sources. */
    @GET
    public Tables list() {
        List<Summary> tables = new ArrayList<>();
        CodeTables.all()
                .forEach(t ->
                        tables.add(new Summary(t.name(), t.source(), t.rows().size())));
        tables.add(new Summary(LETTERS, lettersSource(), ParcelRightLetter.values().length));
        return new Tables(tables);
    }

    /** The code tables served. */
    public record Tables(List<Summary> tables) {}

    /** A table's name, source and number of codes. */
    public record Summary(String name, String source, int size) {}

    /** A table: its codes, each with the table's columns (name, englishName, city, meaning...). */
    public record Table(String name, String source, List<Map<String, String>> codes) {}

    /** One table, every code with its values. */
    @GET
    @Path("{name}")
    public Table table(@PathParam("name") String name) {
        if (name.equals(LETTERS)) {
            List<Map<String, String>> codes = new ArrayList<>();
            for (ParcelRightLetter l : ParcelRightLetter.values()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("code", l.name());
                row.put("meaning", l.meaning());
                codes.add(row);
            }
            return new Table(LETTERS, lettersSource(), codes);
        }
        CodeTable table = CodeTables.named(name)
                .orElseThrow(() -> ApiException.notFound(
                        "code-table-not-found",
                        "no code table '" + Texts.shown(name) + "'; the tables are "
                                + String.join(
                                        ", ",
                                        CodeTables.all().stream()
                                                .map(CodeTable::name)
                                                .toList()) + ", "
                                + LETTERS));
        List<Map<String, String>> codes = new ArrayList<>();
        table.rows().forEach((code, values) -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", code);
            for (int i = 0; i < values.size(); i++) {
                row.put(table.columns().get(i), values.get(i));
            }
            codes.add(row);
        });
        return new Table(table.name(), table.source(), codes);
    }

    private static String lettersSource() {
        return "GB/T 37346-2019 (不动产单元设定与代码编制规则): the right-on-parcel letter, position 14 of a unit code";
    }
}
