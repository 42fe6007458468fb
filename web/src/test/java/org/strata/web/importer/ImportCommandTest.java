package org.strata.web.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.data.postgis.PostgisStore;
import org.strata.data.postgis.PostgisTestDatabase;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.register.RegisterEvent;
import org.strata.registry.survey.Checksums;
import org.strata.registry.unit.UnitCode;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;
import org.strata.web.cli.StrataCommand;
import picocli.CommandLine;

/**
 * {@code strata import} as an office runs it: a file whose rows break the rules one each (rows.geojson, with
 * rows-expected.csv naming each row's rule) is refused with every reject reported and nothing written; with
 * {@code --skip-rejects} the three good rows are loaded, each as a first registration naming the import and the
 * file's SHA-256, the chains intact and the units served; a synthetic register loads on both stores; a CRS84 file
 * lands where its coordinates say.
 */
class ImportCommandTest {
    private static final Path ROWS = resource("rows.geojson");

    @TempDir
    Path folder;

    @Test
    void aFileWithRejectsIsRefusedWholeWithEveryRejectReported() throws Exception {
        Path report = folder.resolve("rejects.csv");
        Run run = strata("import", "--data", folder.toString(), "--report", report.toString(), ROWS.toString());
        assertEquals(1, run.exit(), run.out());
        Map<Long, String> expected = expectedRules();
        Map<Long, String> reported = new LinkedHashMap<>();
        for (String line :
                Files.readAllLines(report).subList(1, Files.readAllLines(report).size())) {
            String[] parts = line.split(",", 3);
            reported.put(Long.parseLong(parts[0]), parts[1]);
        }
        Map<Long, String> rejected = new LinkedHashMap<>(expected);
        rejected.values().removeIf("accepted"::equals);
        assertEquals(rejected, reported, "every row's rule");
        assertTrue(run.out().contains("nothing was written"), run.out());
        try (JdbcStores stores = EmbeddedStore.open(folder.resolve("store"))) {
            assertEquals(0, stores.cadastre().count(FeatureKind.PARCEL), "nothing half-loaded");
        }
    }

    @Test
    void theGoodRowsAreLoadedAsFirstRegistrationsNamingTheFile() throws Exception {
        Run run = strata("import", "--data", folder.toString(), "--skip-rejects", ROWS.toString());
        assertEquals(0, run.exit(), run.out());
        String sha256 = Checksums.sha256(ROWS);
        List<UnitCode> accepted = new ArrayList<>();
        try (JdbcStores stores = EmbeddedStore.open(folder.resolve("store"))) {
            assertEquals(3, stores.cadastre().count(FeatureKind.PARCEL));
            for (Map.Entry<Long, String> e : expectedRules().entrySet()) {
                if (e.getValue().equals("accepted")) {
                    accepted.add(UnitCode.parse(rowCode(e.getKey())));
                }
            }
            Map<UnitCode, List<RegisterEvent>> events = stores.register().eventsOfUnits(accepted);
            for (UnitCode code : accepted) {
                RegisterEvent first = events.get(code).get(0);
                assertEquals("import", first.details().get("origin"));
                assertEquals(sha256, first.details().get("importSha256"));
                assertEquals("import-" + sha256.substring(0, 24), first.caseId());
            }
        }
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http officer = new Http(server.uri()).as("officer");
            JsonNode verify = Http.json(officer.get("/api/v1/register/verify"));
            assertTrue(verify.toString().contains("true") && !verify.toString().contains("broken"), verify.toString());
            JsonNode unit = Http.json(officer.get("/api/v1/units/" + accepted.get(1) + "?purpose=case"));
            assertTrue(unit.toString().contains("李芳"), unit.toString());
        }
        Run again = strata("import", "--data", folder.toString(), "--skip-rejects", ROWS.toString());
        assertTrue(again.out().contains("unit-exists"), "importing twice registers nothing twice: " + again.out());
    }

    @Test
    void rejectsAreReportedAtTheirRowsAcrossTheBatchesReadInParallel() throws Exception {
        Path sample = folder.resolve("sample.geojsonl");
        ImportSample.write(sample, 1_300, 3, n -> {});
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(sample));
        for (int row : new int[] {1, 512, 513, 1_100, 1_300}) {
            lines.set(row - 1, lines.get(row - 1).replaceFirst("\"unitCode\":\"[^\"]*\"", "\"unitCode\":\"bad\""));
        }
        Files.write(sample, lines);
        Path report = folder.resolve("rejects.csv");
        Run run = strata("import", "--data", folder.toString(), "--report", report.toString(), sample.toString());
        assertEquals(1, run.exit(), run.out());
        List<String> reported = Files.readAllLines(report);
        assertEquals(
                List.of("1", "512", "513", "1100", "1300"),
                reported.subList(1, reported.size()).stream()
                        .map(line -> line.split(",", 2)[0])
                        .toList(),
                String.join("\n", reported));
        assertTrue(reported.get(1).contains("invalid-unit-code"), reported.get(1));
    }

    @Test
    void aSyntheticRegisterLoadsIntoBothStores() throws Exception {
        Path sample = folder.resolve("sample.geojsonl");
        ImportSample.write(sample, 2_000, 7, n -> {});
        Run embedded = strata("import", "--data", folder.toString(), sample.toString());
        assertEquals(0, embedded.exit(), embedded.out());
        String url = PostgisTestDatabase.url();
        String schema = PostgisTestDatabase.freshSchema();
        try {
            Run postgis = strata("import", "--db", url, "--schema", schema, sample.toString());
            assertEquals(0, postgis.exit(), postgis.out());
            try (JdbcStores pg = PostgisStore.open(url, schema);
                    JdbcStores local = EmbeddedStore.open(folder.resolve("store"))) {
                assertEquals(2_000, pg.cadastre().count(FeatureKind.PARCEL));
                try (java.sql.Connection c = pg.dataSource().getConnection();
                        java.sql.Statement s = c.createStatement();
                        java.sql.ResultSet rs = s.executeQuery("SELECT reltuples FROM pg_class"
                                + " WHERE relname = 'parcels_330106' AND relnamespace = '" + schema
                                + "'::regnamespace")) {
                    assertTrue(rs.next());
                    assertEquals(2_000, rs.getDouble(1), "the planner knows what was loaded (ANALYZE after it)");
                }
                assertEquals(2_000, local.cadastre().count(FeatureKind.PARCEL));
                UnitCode last = UnitCode.parse(ImportSample.code(1_999));
                assertEquals(
                        local.register()
                                .eventsOfUnits(List.of(last))
                                .get(last)
                                .get(0)
                                .parties(),
                        pg.register()
                                .eventsOfUnits(List.of(last))
                                .get(last)
                                .get(0)
                                .parties());
            }
        } finally {
            PostgisTestDatabase.drop(url, schema);
        }
    }

    @Test
    void aGeoPackageIsReadThroughOgr2ogr() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/ogr2ogr"))) {
            String why = "reading a GeoPackage needs GDAL's ogr2ogr (gdal-bin)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            org.junit.jupiter.api.Assumptions.abort(why);
        }
        Path sample = folder.resolve("sample.geojsonl");
        ImportSample.write(sample, 300, 3, n -> {});
        Path gpkg = folder.resolve("register.gpkg");
        Process p = new ProcessBuilder(
                        "ogr2ogr", "-f", "GPKG", "-a_srs", "EPSG:4549", gpkg.toString(), "GeoJSONSeq:" + sample)
                .redirectErrorStream(true)
                .start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        Run run = strata("import", "--data", folder.toString(), gpkg.toString());
        assertEquals(0, run.exit(), run.out());
        try (JdbcStores stores = EmbeddedStore.open(folder.resolve("store"))) {
            assertEquals(300, stores.cadastre().count(FeatureKind.PARCEL));
            UnitCode first = UnitCode.parse(ImportSample.code(0));
            assertEquals(
                    Checksums.sha256(gpkg),
                    stores.register()
                            .eventsOfUnits(List.of(first))
                            .get(first)
                            .get(0)
                            .details()
                            .get("importSha256"));
        }
    }

    @Test
    void aCrs84FileLandsWhereItsCoordinatesSay() throws Exception {
        String text = Files.readString(resource("rows-crs84.geojson"));
        Path file = folder.resolve("crs84.geojson");
        Files.writeString(file, text);
        Run run = strata("import", "--data", folder.toString(), file.toString());
        assertEquals(0, run.exit(), run.out());
        try (JdbcStores stores = EmbeddedStore.open(folder.resolve("store"))) {
            var parcel = stores.cadastre()
                    .parcel(UnitCode.parse("330106001001GB00001W00000000"))
                    .orElseThrow();
            double[] lonLat = org.strata.geo.crs.GridTransform.epsg4549()
                    .toLonLat(
                            parcel.footprint().box().minEasting(),
                            parcel.footprint().box().minNorthing());
            assertEquals(120.3, lonLat[0], 1e-6);
            assertEquals(30.2, lonLat[1], 1e-6);
            assertEquals(400, parcel.computedAreaSquareMetres(), 400 * 0.005);
        }
    }

    private static Map<Long, String> expectedRules() throws IOException {
        Map<Long, String> rules = new LinkedHashMap<>();
        for (String line : Files.readAllLines(resource("rows-expected.csv"))) {
            if (!line.startsWith("#")) {
                String[] parts = line.split("\\|");
                rules.put(Long.parseLong(parts[0].trim()), parts[1].trim());
            }
        }
        return rules;
    }

    private static String rowCode(long row) throws IOException {
        JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ROWS.toFile());
        return rows.at("/features/" + (row - 1) + "/properties/unitCode").asText();
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ImportCommandTest.class.getResource(name))
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exit, String out) {}

    private static Run strata(String... args) {
        StringWriter out = new StringWriter();
        CommandLine line = StrataCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        int exit = line.execute(args);
        return new Run(exit, out.toString());
    }
}
