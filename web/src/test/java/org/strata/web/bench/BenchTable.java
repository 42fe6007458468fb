package org.strata.web.bench;

import java.util.Map;

/** Prints a city benchmark's figures as a table, each with the target beside it. */
final class BenchTable {
    private BenchTable() {}

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> r) {
        Map<String, Object> map = (Map<String, Object>) r.get("map");
        Map<String, Object> byClients = (Map<String, Object>) map.get("by_clients");
        System.out.printf("%nStrata city benchmark: %,d units%n", (Long) r.get("units"));
        System.out.printf(
                "%-40s %10s %11s %14s %13s %18s %8s%n",
                "map windows (300 m, limit=100)",
                "Strata rps",
                "raw SQL rps",
                "ratio to raw",
                "MapServer rps",
                "Strata/MapServer",
                "p99 ms");
        for (Map.Entry<String, Object> e : byClients.entrySet()) {
            Map<String, Object> f = (Map<String, Object>) e.getValue();
            System.out.printf(
                    "%-40s %10s %11s %14s %13s %18s %8s%n",
                    "  PostGIS, " + e.getKey() + " client(s)",
                    f.get("strata_rps"),
                    f.get("raw_rps"),
                    f.get("ratio") + " (≥0.67)",
                    f.get("mapserver_rps"),
                    f.get("vs_mapserver") + " (≥3)",
                    f.get("p99_ms"));
        }
        System.out.printf(
                "%-40s %10s %11s %14s %13s %18s %8s%n",
                "  embedded, 4 clients", map.get("embedded_rps"), "", "", "", "", map.get("embedded_p99_ms"));
        row("3D point query, median ms (HTTP)", r.get("point_ms"), "< 2");
        row("3D column query, median ms (HTTP)", r.get("column_ms"), "< 2");
        row("3D conflict check, median ms (in process)", r.get("conflict_ms_by_store"), "");
        Map<String, Object> registrations = (Map<String, Object>) r.get("registrations_per_s");
        row("registrations/s, embedded (4 sessions)", registrations.get("embedded"), "≥ 1,000");
        row("registrations/s, PostGIS (4 sessions)", registrations.get("postgis"), "≥ 300");
        Map<String, Object> warmUp = (Map<String, Object>) r.get("registrations_warm_up");
        row("  during the " + warmUp.get("seconds") + " s warm-up before them", warmUp.get("per_s"), "");
        Map<String, Object> lookups = (Map<String, Object>) r.get("lookups");
        row("public lookups/s, 32 connections", lookups.get("rps"), "≥ 3,000");
        row("public lookups p99 ms", lookups.get("p99_ms"), "< 50");
        row("import units/s (slower store)", r.get("import_units_per_s") + " " + r.get("import_by_store"), "≥ 20,000");
        row("embedded start s", r.get("embedded_start_s"), "< 10");
        row("embedded 3D index loaded s (3D from tables until then)", r.get("embedded_index_ready_s"), "");
        row("heap after load MB (of max)", r.get("heap_mb") + " of " + r.get("heap_max_mb"), "2 GB heap at 10^6");
        for (Object note : (Iterable<?>) r.get("notes")) {
            System.out.println("note: " + note);
        }
    }

    private static void row(String name, Object value, String target) {
        System.out.printf("%-44s %28s   target %s%n", name, value, target);
    }
}
