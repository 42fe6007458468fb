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
    public Map<String, Object> list() {
        List<Map<String, Object>> tables = new ArrayList<>();
        CodeTables.all()
                .forEach(t -> tables.add(Map.of(
                        "name", t.name(), "source", t.source(), "size", t.rows().size())));
        tables.add(Map.of("name", LETTERS, "source", lettersSource(), "size", ParcelRightLetter.values().length));
        return Map.of("tables", tables);
    }

    /** One table, every code with its values. */
    @GET
    @Path("{name}")
    public Map<String, Object> table(@PathParam("name") String name) {
        if (name.equals(LETTERS)) {
            List<Map<String, Object>> codes = new ArrayList<>();
            for (ParcelRightLetter l : ParcelRightLetter.values()) {
                codes.add(Map.of("code", l.name(), "meaning", l.meaning()));
            }
            return Map.of("name", LETTERS, "source", lettersSource(), "codes", codes);
        }
        CodeTable table = CodeTables.named(name)
                .orElseThrow(() -> ApiException.notFound(
                        "code-table-not-found",
                        "no code table '" + Texts.shown(name) + "'; the tables are land-use, counties, " + LETTERS));
        List<Map<String, Object>> codes = new ArrayList<>();
        table.rows().forEach((code, values) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", code);
            for (int i = 0; i < values.size(); i++) {
                row.put(table.columns().get(i), values.get(i));
            }
            codes.add(row);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", table.name());
        body.put("source", table.source());
        body.put("codes", codes);
        return body;
    }

    private static String lettersSource() {
        return "GB/T 37346-2019 (不动产单元设定与代码编制规则): the right-on-parcel letter, position 14 of a unit code";
    }
}
