package org.strata.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.strata.data.postgis.PostgisTestDatabase;
import org.strata.web.DemoServer;
import org.strata.web.boot.StrataServer;
import org.strata.web.http.ReadSourceHeaders;

/**
 * Strata on a pg_auto_failover formation (a monitor, a primary and a synchronous secondary, started for the test by
 * {@code scripts/formation} on ports 54360–54362, or the one {@code STRATA_FORMATION_DIR} and {@code
 * STRATA_FORMATION_PORT} name) through the PostgreSQL driver's multi-host URL with {@code targetServerType=primary}: the
 * primary's machine is lost (its pg_autoctl and PostgreSQL killed with -9) under a registration load; the formation
 * promotes the secondary by itself; Strata answers 503 for a short window and then serves again without a restart;
 * every acknowledged recording is on the new primary and the chains verify. The public map reads the secondary
 * (saying so, with its lag, in a header) and the primary once the secondary is gone. The lost node is started again
 * and rejoins as the secondary.
 */
class FailoverTest {
    private static final String DIR = "STRATA_FORMATION_DIR";
    private static final String PORT = "STRATA_FORMATION_PORT";

    @Test
    void losingThePrimaryUnderLoadFailsOverWithNothingAcknowledgedLost() throws Exception {
        Path script = Path.of(System.getProperty("strata.root", ".."))
                .resolve("scripts")
                .resolve("formation");
        String given = System.getenv(DIR);
        boolean own = given == null || given.isBlank();
        if (own && !Files.isExecutable(Path.of("/usr/bin/pg_autoctl"))) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but pg_autoctl is missing: apt-get install postgresql-15-auto-failover"
                        + " pg-auto-failover-cli");
            }
            assumeTrue(false, "pg_auto_failover is not installed and " + DIR + " names no formation");
        }
        // a formation of the test's own, started here and stopped after: nothing runs in the background of the
        // other tests (its health checks cost the browser tests seconds); the folder is made by the script
        String dir = own ? "/tmp/strata-failover-" + java.util.UUID.randomUUID() : given;
        try {
            if (own) {
                formation(script, dir, "start");
            }
            run(script, dir);
        } finally {
            if (own) {
                formation(script, dir, "stop");
                Process rm = new ProcessBuilder("rm", "-rf", dir, "/tmp/pg_autoctl" + dir).start();
                rm.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void run(Path script, String dir) throws Exception {
        String url = formation(script, dir, "url").trim();
        String monitor = monitorUrl();
        awaitTwoHealthyNodes(monitor);
        String schema = PostgisTestDatabase.freshSchema();
        try (StrataServer server = DemoServer.start(DemoServer.postgis(url, schema))) {
            Client officer = new Client(server.uri());
            officer.signIn("officer");
            Ledger ledger = new Ledger();
            Load load = new Load(server.uri(), ledger, new AtomicInteger(70_000));
            load.start(2, 23);
            Ledgers.awaitRecordings(ledger, 5);
            org.strata.web.Http anonymous = new org.strata.web.Http(server.uri());
            var map = anonymous.get("/ogc/collections/parcels/items?limit=1");
            assertEquals(200, map.statusCode(), map.body());
            assertEquals(
                    "secondary",
                    map.headers().firstValue(ReadSourceHeaders.READ_FROM).orElse(""),
                    "the public map reads the secondary");
            assertTrue(Double.parseDouble(
                            map.headers().firstValue(ReadSourceHeaders.LAG).orElseThrow())
                    >= 0);
            String primary = primary(monitor);
            int before = ledger.recordings().size();
            long lost = System.nanoTime();
            formation(script, dir, "kill", primary);
            long deadline = lost + TimeUnit.SECONDS.toNanos(90);
            int unavailable = 0;
            while (officer.get("/health").status() != 200 || !other(primary).equals(primary(monitor))) {
                unavailable++;
                assertTrue(System.nanoTime() < deadline, "no failover within 90 s: " + state(monitor));
                Thread.sleep(200);
            }
            long windowMillis = (System.nanoTime() - lost) / 1_000_000;
            System.out.println("failover: " + primary + " lost, " + primary(monitor) + " primary after "
                    + windowMillis + " ms; " + before + " recordings before, " + unavailable
                    + " health checks unanswered");
            assertTrue(unavailable > 0, "the service noticed the loss");
            int atFailover = ledger.recordings().size();
            var alone = anonymous.get("/ogc/collections/parcels/items?limit=1");
            assertEquals(200, alone.statusCode(), alone.body());
            assertEquals(
                    "primary",
                    alone.headers().firstValue(ReadSourceHeaders.READ_FROM).orElse(""),
                    "with no secondary left, the map reads the primary");
            Ledgers.awaitRecordings(ledger, atFailover + 5);
            load.stop();
            StoreCheck.Findings f = StoreCheck.run(officer, ledger);
            assertTrue(f.clean(), f.examples().toString());
            assertNotEquals(primary, primary(monitor));
            formation(script, dir, "restart", primary);
            awaitTwoHealthyNodes(monitor);
            assertEquals(other(primary), primary(monitor), "the lost node rejoined as the secondary");
        } finally {
            PostgisTestDatabase.drop(url, schema);
        }
    }

    private static String other(String node) {
        return node.equals("node1") ? "node2" : "node1";
    }

    /** The monitor's database, from the formation's port (the first of its three). */
    private static String monitorUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/pg_auto_failover?user=postgres";
    }

    private static String primary(String monitor) throws Exception {
        String nodes = query(
                monitor,
                "SELECT string_agg(nodename, ',') FROM pgautofailover.node"
                        + " WHERE reportedstate IN ('primary', 'wait_primary', 'single') AND goalstate = reportedstate");
        return nodes == null ? "" : nodes;
    }

    private static String state(String monitor) throws Exception {
        return query(
                monitor,
                "SELECT string_agg(nodename || ' ' || reportedstate || '>' || goalstate, '; ')"
                        + " FROM pgautofailover.node");
    }

    private static void awaitTwoHealthyNodes(String monitor) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String primaryPort = "";
        while (!"2"
                .equals(query(
                        monitor,
                        "SELECT count(*) FROM pgautofailover.node WHERE reportedstate IN"
                                + " ('primary', 'secondary') AND goalstate = reportedstate"))) {
            assertTrue(System.nanoTime() < deadline, "the formation has no primary and secondary: " + state(monitor));
            primaryPort = query(
                    monitor,
                    "SELECT nodeport FROM pgautofailover.node WHERE reportedstate IN"
                            + " ('primary', 'wait_primary') LIMIT 1");
            if (primaryPort != null) {
                // a rejoining secondary's base backup waits for a checkpoint: ask for one at once
                try (Connection c = DriverManager.getConnection(
                                "jdbc:postgresql://127.0.0.1:" + primaryPort + "/strata?user=postgres");
                        Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                } catch (java.sql.SQLException e) {
                    // not up yet
                }
            }
            Thread.sleep(500);
        }
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String formation(Path script, String dir, String... command) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("bash", script.toString()));
        args.addAll(java.util.List.of(command));
        ProcessBuilder pb = new ProcessBuilder(args).redirectErrorStream(true);
        pb.environment().put(DIR, dir);
        pb.environment().put(PORT, port());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("scripts/formation " + String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String port() {
        return System.getenv().getOrDefault(PORT, "54360");
    }
}
