package org.strata.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.geo.model.GridBox;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.ServerSettings;
import org.strata.web.boot.StrataServer;
import org.strata.web.importer.ImportCommand;
import org.strata.web.importer.ImportSample;
import picocli.CommandLine;

/**
 * A city of N units, measured as users meet it ({@code scripts/bench --units N [--json FILE]}): the sample register
 * imported into both stores (units per second); random 300 m map windows through HTTP with {@code wrk} at 1 and 4
 * clients against the same windows asked of PostGIS directly in the same run (each window's first page checked to
 * hold the same ids and numberMatched before timing) and, where Debian's packages are here, the same windows through
 * MapServer 8 over the same table; 3D point and column queries; public lookups at 32 connections with their p99;
 * first registrations per second on each store and the 3D conflict check; the embedded store's start time and the
 * heap after load. Each HTTP and SQL figure follows an
 * untimed warm-up run of the same requests; registrations follow a longer one ({@code --registration-warm-up S},
 * 90 s), whose rate is reported beside the timed one. Figures are printed as a table and written as JSON.
 */
public final class CityBenchmark {
    private static final double WINDOW_METRES = 300;
    private static final int WINDOWS = 500;
    private static final String BBOX_CRS = "&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4549";

    private CityBenchmark() {}

    /** {@code --units N --db URL [--json FILE] [--seconds S] [--registration-warm-up S]}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        long units = Long.parseLong(o.getOrDefault("--units", "10000"));
        String db = o.get("--db");
        int seconds = Integer.parseInt(o.getOrDefault("--seconds", "10"));
        // registration code runs once or twice a request, so at a few hundred a second the JIT needs over a minute to
        // compile it: timed after a shorter warm-up, registrations measure the compiler, not the service
        int registrationWarmUp = Integer.parseInt(o.getOrDefault("--registration-warm-up", "90"));
        Path work = Files.createTempDirectory("strata-city-bench");
        Wrk wrk = Wrk.find(work).orElseThrow(() -> new IllegalStateException("wrk is missing: apt-get install wrk"));
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        result.put("units", units);
        Map<String, Object> registrationWarmUpRates = new LinkedHashMap<>();

        Path sample = work.resolve("units.geojsonl");
        say("writing a sample register of " + units + " units");
        ImportSample.write(sample, units, 1, n -> {});
        double embeddedImport =
                importFile(units, "--data", work.resolve("embedded").toString(), sample.toString());
        String schema = "bench_" + units;
        recreateSchema(db, schema);
        double postgisImport = importFile(units, "--db", db, "--schema", schema, sample.toString());
        result.put("import_units_per_s", Math.round(Math.min(embeddedImport, postgisImport)));
        result.put(
                "import_by_store",
                Map.of("embedded", Math.round(embeddedImport), "postgis", Math.round(postgisImport)));

        List<GridBox> windows = windows(ImportSample.extent(units));
        String raw = db + (db.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        RawMapQuery reference = new RawMapQuery(raw);
        Map<String, Object> map = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        Map<String, Object> registrationRates = new LinkedHashMap<>();
        Map<String, Object> conflicts = new LinkedHashMap<>();
        say("PostGIS: serving");
        try (StrataServer server = StrataServer.start(settings(work.resolve("pg"), Optional.of(db), schema))) {
            Http anonymous = new Http(server.uri());
            for (GridBox w : windows.subList(0, 20)) {
                RawMapQuery.Page expected = reference.page(w);
                JsonNode page = Http.json(anonymous.get(itemsPath(w)));
                List<String> ids = new ArrayList<>();
                page.get("features").forEach(f -> ids.add(f.get("id").asText()));
                if (!ids.equals(expected.ids()) || page.get("numberMatched").asLong() != expected.numberMatched()) {
                    throw new IllegalStateException(
                            "Strata and PostGIS disagree on window " + w + ": " + ids + " / " + expected);
                }
                codes.addAll(ids);
            }
            say("the first page of 20 windows holds the same ids and numberMatched through Strata and raw SQL");
            List<String> paths = windows.stream().map(CityBenchmark::itemsPath).toList();
            say("warming up (untimed): map windows, raw SQL and lookups");
            Http warm = anonymous.as("citizen");
            wrk.run(server.uri(), paths, 4, seconds, Optional.empty());
            reference.rate(windows, 4, seconds);
            wrk.run(server.uri(), lookupPaths(codes), 32, seconds, Optional.of(warm.authorization()));
            Optional<MapServerPeer> peer = mapServer(work, db, schema, windows, anonymous, notes);
            List<String> peerPaths = peer.isEmpty()
                    ? List.of()
                    : MapServerPeer.crs84Boxes(raw, windows).stream()
                            .map(b -> MapServerPeer.itemsPath("/ogcapi", b, 100))
                            .toList();
            peer.ifPresent(m -> wrk.run(m.uri(), peerPaths, 4, seconds, Optional.empty()));
            Map<String, Object> byClients = new LinkedHashMap<>();
            for (int clients : new int[] {1, 4}) {
                say("map windows, " + clients + " client(s), " + seconds + " s each");
                Wrk.Run strata = wrk.run(server.uri(), paths, clients, seconds, Optional.empty());
                double rawRps = reference.rate(windows, clients, seconds);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("strata_rps", Math.round(strata.requestsPerSecond()));
                figures.put("raw_rps", Math.round(rawRps));
                figures.put("ratio", round2(strata.requestsPerSecond() / rawRps));
                Optional<Wrk.Run> mapServer =
                        peer.map(m -> wrk.run(m.uri(), peerPaths, clients, seconds, Optional.empty()));
                figures.put(
                        "mapserver_rps",
                        mapServer.map(m -> Math.round(m.requestsPerSecond())).orElse(null));
                figures.put(
                        "vs_mapserver",
                        mapServer
                                .map(m -> round2(strata.requestsPerSecond() / m.requestsPerSecond()))
                                .orElse(null));
                figures.put("p99_ms", round2(strata.p99Millis()));
                mapServer.ifPresent(m -> figures.put("mapserver_p99_ms", round2(m.p99Millis())));
                byClients.put(String.valueOf(clients), figures);
            }
            peer.ifPresent(MapServerPeer::close);
            map.putAll(castMap(byClients.get("4")));
            map.put("by_clients", byClients);
            Http citizen = anonymous.as("citizen");
            // warm-up (untimed): the point and column endpoints' first requests run before the JIT has compiled them
            median(windows, w -> citizen.get(pointPath(w)));
            median(windows, w -> citizen.get(columnPath(w)));
            result.put("point_ms", median(windows, w -> citizen.get(pointPath(w))));
            result.put("column_ms", median(windows, w -> citizen.get(columnPath(w))));
            say("public lookups, 32 connections, " + seconds + " s");
            Wrk.Run looked =
                    wrk.run(server.uri(), lookupPaths(codes), 32, seconds, Optional.of(citizen.authorization()));
            result.put(
                    "lookups",
                    Map.of("rps", Math.round(looked.requestsPerSecond()), "p99_ms", round2(looked.p99Millis())));
            Registrations registrations =
                    new Registrations(ImportSample.extent(units), DemoAreaGenerator.GROUND_METRES, 1);
            say("registrations on PostGIS, 4 officers' sessions, " + seconds + " s (after " + registrationWarmUp
                    + " s of warm-up)");
            Http officer = anonymous.as("officer");
            registrationWarmUpRates.put("postgis", round2(registrations.perSecond(officer, 4, registrationWarmUp)));
            registrationRates.put("postgis", round2(registrations.perSecond(officer, 4, seconds)));
            conflicts.put("postgis", round3(registrations.conflictMillis(server.store(), 200)));
        }
        result.put("map", map);

        say("embedded: starting");
        Path embedded = work.resolve("embedded");
        // the first start adds the demo area and its accounts; the second is timed
        StrataServer.start(settings(embedded, Optional.empty(), "public")).close();
        long t0 = System.nanoTime();
        try (StrataServer server = StrataServer.start(settings(embedded, Optional.empty(), "public"))) {
            result.put("embedded_start_s", round2((System.nanoTime() - t0) / 1e9));
            while (!server.indexReady()) {
                Thread.sleep(50);
            }
            result.put("embedded_index_ready_s", round2((System.nanoTime() - t0) / 1e9));
            List<String> paths = windows.stream().map(CityBenchmark::itemsPath).toList();
            wrk.run(server.uri(), paths, 4, seconds, Optional.empty());
            Wrk.Run strata = wrk.run(server.uri(), paths, 4, seconds, Optional.empty());
            map.put("embedded_rps", Math.round(strata.requestsPerSecond()));
            map.put("embedded_p99_ms", round2(strata.p99Millis()));
            Registrations registrations =
                    new Registrations(ImportSample.extent(units), DemoAreaGenerator.GROUND_METRES, 40_000);
            say("registrations on the embedded store, 4 officers' sessions, " + seconds + " s (after "
                    + registrationWarmUp + " s of warm-up)");
            Http officer = new Http(server.uri()).as("officer");
            registrationWarmUpRates.put("embedded", round2(registrations.perSecond(officer, 4, registrationWarmUp)));
            registrationRates.put("embedded", round2(registrations.perSecond(officer, 4, seconds)));
            conflicts.put("embedded", round3(registrations.conflictMillis(server.store(), 200)));
            result.put("conflict_ms", Collections.max(List.of((Double) conflicts.get("postgis"), (Double)
                    conflicts.get("embedded"))));
            result.put("conflict_ms_by_store", conflicts);
            result.put("registrations_per_s", registrationRates);
            result.put(
                    "registrations_warm_up", Map.of("seconds", registrationWarmUp, "per_s", registrationWarmUpRates));
            System.gc();
            Runtime r = Runtime.getRuntime();
            result.put("heap_mb", (r.totalMemory() - r.freeMemory()) / (1024 * 1024));
            result.put("heap_max_mb", r.maxMemory() / (1024 * 1024));
        }
        result.put("notes", notes);
        BenchTable.print(result);
        if (o.containsKey("--json")) {
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(Path.of(o.get("--json")).toFile(), result);
            say("wrote " + o.get("--json"));
        }
    }

    /**
     * MapServer over the same table, when Debian's packages are here, after checking that 20 windows match the same
     * features through it as through Strata: each window asked of both as the same CRS84 box, every id of every
     * page through Strata against MapServer's one page of up to 1,000 (MapServer 8.0's next links drop the bbox).
     */
    private static Optional<MapServerPeer> mapServer(
            Path work, String db, String schema, List<GridBox> windows, Http strata, List<String> notes)
            throws Exception {
        Optional<String> missing = MapServerPeer.missing();
        if (missing.isPresent()) {
            notes.add("mapserver_rps: " + missing.get());
            return Optional.empty();
        }
        String raw = db + (db.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        MapServerPeer peer = MapServerPeer.start(work.resolve("mapserver"), db, schema, 4);
        Http mapServer = new Http(peer.uri());
        List<GridBox> checked = windows.subList(0, 20);
        List<double[]> boxes = MapServerPeer.crs84Boxes(raw, checked);
        for (double[] box : boxes) {
            java.util.Set<String> theirs = new java.util.TreeSet<>();
            JsonNode page = Http.json(mapServer.get(MapServerPeer.itemsPath("/ogcapi", box, 1000)));
            page.get("features").forEach(f -> theirs.add(f.get("id").asText()));
            java.util.Set<String> ours = new java.util.TreeSet<>();
            String next = MapServerPeer.itemsPath("/ogc", box, 100);
            while (next != null) {
                JsonNode ourPage = Http.json(strata.get(next));
                ourPage.get("features").forEach(f -> ours.add(f.get("id").asText()));
                next = Http.nextLink(ourPage);
            }
            if (!ours.equals(theirs) || page.get("numberMatched").asLong() != ours.size()) {
                peer.close();
                throw new IllegalStateException("Strata and MapServer disagree on the CRS84 box "
                        + Arrays.toString(box) + ": " + ours.size() + " / " + theirs.size() + " features, MapServer's"
                        + " numberMatched " + page.get("numberMatched"));
            }
        }
        say("20 windows as CRS84 boxes match the same ids through Strata and MapServer");
        notes.add("mapserver_rps: MapServer 8.0 takes CRS84 boxes only; it is asked for the CRS84 box enclosing"
                + " each window, Strata and raw SQL for the EPSG:4549 window itself");
        return Optional.of(peer);
    }

    private static double importFile(long units, String... args) {
        long t0 = System.nanoTime();
        int exit = new CommandLine(new ImportCommand()).execute(args);
        if (exit != 0) {
            throw new IllegalStateException("strata import " + String.join(" ", args) + " exited " + exit);
        }
        return units / ((System.nanoTime() - t0) / 1e9);
    }

    private static void recreateSchema(String db, String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(db);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static ServerSettings settings(Path folder, Optional<String> db, String schema) {
        return DemoServer.settings(folder, db, schema, true, DemoAreaGenerator.DEFAULT_SIZE, 100_000_000);
    }

    /** Random 300 m windows inside the sample's extent, from a fixed seed. */
    static List<GridBox> windows(GridBox extent) {
        Random random = new Random(4549);
        List<GridBox> windows = new ArrayList<>();
        double spanE = Math.max(0, extent.maxEasting() - extent.minEasting() - WINDOW_METRES);
        double spanN = Math.max(0, extent.maxNorthing() - extent.minNorthing() - WINDOW_METRES);
        for (int i = 0; i < WINDOWS; i++) {
            double e = Math.floor(extent.minEasting() + random.nextDouble() * spanE);
            double n = Math.floor(extent.minNorthing() + random.nextDouble() * spanN);
            windows.add(new GridBox(e, n, e + WINDOW_METRES, n + WINDOW_METRES));
        }
        return windows;
    }

    private static List<String> lookupPaths(List<String> codes) {
        return codes.stream()
                .map(c -> "/api/v1/units/" + c + "?purpose=purchase")
                .toList();
    }

    private static String itemsPath(GridBox w) {
        // EPSG:4549 in its own axis order: northing, easting
        return "/ogc/collections/parcels/items?f=json&limit=100&bbox=" + w.minNorthing() + "," + w.minEasting() + ","
                + w.maxNorthing() + "," + w.maxEasting() + BBOX_CRS;
    }

    private static double[] middle(GridBox w) {
        return new double[] {(w.minEasting() + w.maxEasting()) / 2, (w.minNorthing() + w.maxNorthing()) / 2};
    }

    /** The median time of one request per window (sequential, one client), in milliseconds. */
    private static String pointPath(GridBox w) {
        return "/api/v1/space/point?x=" + middle(w)[0] + "&y=" + middle(w)[1] + "&z="
                + (DemoAreaGenerator.GROUND_METRES + 1.5) + "&purpose=purchase";
    }

    private static String columnPath(GridBox w) {
        return "/api/v1/space/column?x=" + middle(w)[0] + "&y=" + middle(w)[1] + "&purpose=purchase";
    }

    private static double median(
            List<GridBox> windows, java.util.function.Function<GridBox, HttpResponse<String>> ask) {
        double[] times = new double[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = ask.apply(windows.get(i));
            times[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        }
        Arrays.sort(times);
        return round2(times[times.length / 2]);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        if (!o.containsKey("--db")) {
            throw new IllegalArgumentException("--db URL (a PostGIS JDBC URL) is required");
        }
        return o;
    }

    private static void say(String line) {
        System.err.println("== " + line);
    }
}
