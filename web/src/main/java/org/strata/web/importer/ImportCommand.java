package org.strata.web.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.data.jdbc.JdbcStores;
import org.strata.data.postgis.PostgisStore;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.survey.Checksums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strata import}: loads an existing register (the consolidation of legacy data, 存量数据整合) from a GeoJSON,
 * GeoJSONSeq or GeoPackage file of land units with their first registrations, checking every row, reporting the
 * rejects and writing nothing while any remain (unless told to leave them out), with progress as it goes.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Load land units and their first registrations from a GeoJSON, GeoJSONSeq or GeoPackage file.",
            "One feature a unit: the geometry its footprint (EPSG:4549 [easting, northing], or CRS84 when the file"
                    + " or --crs says so); properties unitCode, use, statedArea, location, rightNature, optional"
                    + " rightType, lower, upper, validFrom, termStart, termEnd, and holders [{name, idType, idNumber,"
                    + " share}].",
            "Every row is checked as a first registration would be; rejects are listed (row, rule, message) and"
                    + " nothing is written while any remain, unless --skip-rejects. Each registration is an event"
                    + " naming the import and the file's SHA-256."
        })
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a .geojson, .geojsonl/.geojsons or .gpkg file")
    Path file;

    @Option(
            names = "--data",
            defaultValue = "strata-data",
            description = "folder of the embedded store (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", description = "a PostGIS JDBC URL: load into its schema instead of the embedded store")
    Optional<String> db = Optional.empty();

    @Option(names = "--schema", defaultValue = "public", description = "the PostGIS schema (default ${DEFAULT-VALUE})")
    String schema;

    @Option(
            names = "--crs",
            description = "the positions' CRS when the file does not say: EPSG:4549 (default) or CRS84")
    Optional<String> crs = Optional.empty();

    @Option(
            names = "--ground-height",
            defaultValue = "" + DemoAreaGenerator.GROUND_METRES,
            description = "ground reference for the surface/above/below rule, metres (default ${DEFAULT-VALUE})")
    double ground;

    @Option(names = "--skip-rejects", description = "load the rows that pass and leave the rejects out")
    boolean skipRejects;

    @Option(names = "--report", description = "write the rejects to this CSV file (row,rule,message)")
    Optional<Path> report = Optional.empty();

    @Option(names = "--dry-run", description = "check every row and report, but write nothing")
    boolean dryRun;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // the stores' start-up chatter would bury the progress and the report
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintWriter out = spec.commandLine().getOut();
        String sha256 = Checksums.sha256(file);
        Map<String, String> provenance =
                Map.of("origin", "import", "importFile", file.getFileName().toString(), "importSha256", sha256);
        List<ImportRow> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (JdbcStores stores = db.isPresent()
                        ? PostgisStore.open(db.get(), schema)
                        : EmbeddedStore.open(data.resolve("store"));
                FeatureFile features = FeatureFile.open(file)) {
            RegisterImporter importer =
                    new RegisterImporter(stores.cadastre(), stores.register(), ground, Clock.systemUTC());
            boolean lonLat = features.declaresLonLat()
                    .orElse(crs.map(FeatureFile::lonLatName).orElse(false));
            RowReader reader = new RowReader(GridTransform.epsg4549(), lonLat, provenance);
            long started = System.nanoTime();
            try (ProgressBar bar = bar("Reading", -1)) {
                new ParallelRows(Runtime.getRuntime().availableProcessors())
                        .read(
                                features,
                                (row, feature) -> importer.check(reader.read(row, feature)),
                                rows::add,
                                rejects::add,
                                bar::step);
            }
            try (ProgressBar bar = bar("Checking", rows.size())) {
                rejects.addAll(importer.crossCheck(rows, bar::stepTo));
            }
            rejects.sort(java.util.Comparator.comparingLong(Reject::row));
            writeReport(rejects);
            for (Reject r : rejects.subList(0, Math.min(20, rejects.size()))) {
                out.println("row " + r.row() + "  " + r.rule() + "  " + r.message());
            }
            if (rejects.size() > 20) {
                out.println("… and " + (rejects.size() - 20) + " more"
                        + report.map(p -> " in " + p).orElse(""));
            }
            if (!rejects.isEmpty() && !skipRejects) {
                out.println(rejects.size() + " of " + (rows.size() + rejects.size())
                        + " rows break a rule; nothing was written (--skip-rejects loads the others)");
                return 1;
            }
            java.util.Set<Long> rejected =
                    rejects.stream().map(Reject::row).collect(java.util.stream.Collectors.toSet());
            List<ImportRow> accepted =
                    rows.stream().filter(r -> !rejected.contains(r.row())).toList();
            if (dryRun) {
                out.println(accepted.size() + " rows pass; nothing written (--dry-run)");
                return rejects.isEmpty() ? 0 : 1;
            }
            int recorded;
            try (ProgressBar bar = bar("Loading", accepted.size())) {
                recorded = importer.load(accepted, "import-" + sha256.substring(0, 24), bar::stepTo);
            }
            if (db.isPresent()) {
                PostgisStore.analyze(stores); // the planner's statistics of what was just loaded
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    "imported %d units and their first registrations from %s (sha256 %s) in %.1f s, %.0f units/s;"
                            + " %d rejects left out%n",
                    recorded, file.getFileName(), sha256, seconds, recorded / seconds, rejects.size());
            return 0;
        }
    }

    private ProgressBar bar(String task, long total) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
    }

    private void writeReport(List<Reject> rejects) throws IOException {
        if (report.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("row,rule,message");
        for (Reject r : rejects) {
            lines.add(r.row() + "," + r.rule() + ",\"" + r.message().replace("\"", "\"\"") + "\"");
        }
        Files.write(report.get(), lines, StandardCharsets.UTF_8);
    }
}
