package org.strata.web.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.strata.web.console.CommandOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strata crash-test}: runs the service in a child process under a mixed registration load, kills it with
 * SIGKILL at a random moment (seeded, so a round can be replayed), starts it again on the same store and checks
 * the store against what was acknowledged. Every tenth round starts from an empty store, so kills also land in
 * the first start's demo load. Ends with one summary line; exits 1 when anything was lost, half written, broken or
 * failed to open.
 */
@Command(
        name = "crash-test",
        mixinStandardHelpOptions = true,
        description = "Kill the service under load at random moments, restart it, check nothing acknowledged is lost.")
public final class CrashTestCommand implements Callable<Integer> {

    @Mixin
    private CommandOutput output;
    /** Older ledger entries looked up again after each restart (the chain verification covers them all). */
    private static final int SAMPLE = 200;

    @Option(names = "--rounds", defaultValue = "10", description = "kills to make (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(
            names = "--store",
            defaultValue = "embedded",
            description = "embedded or postgis (default ${DEFAULT-VALUE})")
    String store;

    @Option(names = "--db", description = "PostGIS JDBC URL for --store postgis (default: $STRATA_TEST_PG_URL)")
    String db;

    @Option(names = "--seed", description = "seed of the kill times and the load (default: random, printed)")
    Long seed;

    @Option(names = "--workers", defaultValue = "4", description = "load threads (default ${DEFAULT-VALUE})")
    int workers;

    @Option(
            names = "--max-kill-ms",
            defaultValue = "6000",
            description = "latest kill after a start, in ms (default ${DEFAULT-VALUE})")
    int maxKillMs;

    @Option(names = "--work", description = "folder for the stores and logs (default: a new temporary folder)")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (!store.equals("embedded") && !store.equals("postgis")) {
            output.err().println("--store must be embedded or postgis");
            return 2;
        }
        String url = db != null ? db : System.getenv("STRATA_TEST_PG_URL");
        if (store.equals("postgis") && (url == null || url.isBlank())) {
            output.err().println("--store postgis needs --db or STRATA_TEST_PG_URL");
            return 2;
        }
        long s = seed != null ? seed : new Random().nextLong();
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("strata-crash-");
        Random random = new Random(s);
        Ledger ledger = new Ledger();
        AtomicInteger nextParcel = new AtomicInteger(20_000);
        Tally tally = new Tally();
        int generation = 0;
        int[] checked = {0, 0};
        output.out().printf("crash-test: store=%s rounds=%d seed=%d work=%s%n", store, rounds, s, folder);
        for (int round = 0; round < rounds; round++) {
            if (round % 10 == 0) {
                generation++;
                tally.acknowledged += ledger.recordings().size();
                ledger.clear();
                checked = new int[] {0, 0};
                nextParcel.set(20_000);
            }
            Child child = new Child(folder, generation, store, url);
            // one round in five kills during the start (migrations, the demo load); the others under load
            boolean early = random.nextInt(5) == 0;
            long killAfter = 200 + (long) (random.nextDouble() * ((early ? 8000 : maxKillMs) - 200));
            child.start();
            boolean answered = child.awaitHealthy(early ? killAfter : 120_000);
            Load load = null;
            if (answered) {
                load = new Load(child.uri(), ledger, nextParcel);
                load.start(workers, random.nextLong());
                child.restartClock();
            }
            child.sleepUntil(killAfter);
            child.kill();
            if (load != null) {
                load.stop();
            }
            tally.kills++;
            tally.beforeAnswer += answered ? 0 : 1;
            Child again = new Child(folder, generation, store, url);
            if (!again.start() || !again.awaitHealthy(120_000)) {
                tally.failedToOpen++;
                output.out().printf("round %d: the store did not open again; log tail:%n%s%n", round, again.logTail());
                again.kill();
                generation++;
                tally.acknowledged += ledger.recordings().size();
                ledger.clear();
                checked = new int[] {0, 0};
                continue;
            }
            Client officer = new Client(again.uri());
            officer.signIn("officer");
            int[] mark = ledger.mark();
            StoreCheck.Findings f = StoreCheck.run(officer, ledger, checked, SAMPLE);
            checked = mark;
            tally.add(f);
            output.out()
                    .printf(
                            "round %d: killed %s, %d ms in; %d acknowledged so far, lost %d, half-written %d, chain %s%s%n",
                            round,
                            answered ? "under load" : "while starting",
                            killAfter,
                            f.acknowledged(),
                            f.lost(),
                            f.halfWritten(),
                            f.chainIntact() ? "intact" : "BROKEN",
                            f.examples().isEmpty() ? "" : " " + f.examples());
            again.stop();
        }
        tally.acknowledged += ledger.recordings().size();
        boolean pass = tally.lost == 0 && tally.halfWritten == 0 && tally.chainBroken == 0 && tally.failedToOpen == 0;
        output.out()
                .printf(
                        "crash-test: store=%s rounds=%d seed=%d kills=%d (while starting: %d) acknowledged recordings=%d"
                                + " lost=%d half-written=%d chain-broken=%d failed-to-open=%d: %s%n",
                        store,
                        rounds,
                        s,
                        tally.kills,
                        tally.beforeAnswer,
                        tally.acknowledged,
                        tally.lost,
                        tally.halfWritten,
                        tally.chainBroken,
                        tally.failedToOpen,
                        pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    /** Sums over rounds. */
    private static final class Tally {
        int kills;
        int beforeAnswer;
        int acknowledged;
        int lost;
        int halfWritten;
        int chainBroken;
        int failedToOpen;

        void add(StoreCheck.Findings f) {
            lost += f.lost();
            halfWritten += f.halfWritten();
            chainBroken += f.chainIntact() ? 0 : 1;
        }
    }

    /** One run of the service in a child JVM, on the store of one generation. */
    private static final class Child {
        private final Path log;
        private final List<String> command = new ArrayList<>();
        private final int port;
        private Process process;
        private long startedAt;

        Child(Path folder, int generation, String store, String url) throws IOException {
            this.port = freePort();
            this.log = folder.resolve("service-" + generation + ".log");
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx1g");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("org.strata.web.cli.StrataCommand");
            command.add("serve");
            command.add("--demo");
            command.add("--port");
            command.add(Integer.toString(port));
            command.add("--data");
            command.add(folder.resolve("data-" + generation).toString());
            if (store.equals("postgis")) {
                command.add("--db");
                command.add(url);
                command.add("--schema");
                command.add("crash_" + ProcessHandle.current().pid() + "_" + generation);
            }
        }

        void restartClock() {
            startedAt = System.nanoTime();
        }

        boolean start() throws IOException {
            startedAt = System.nanoTime();
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return true;
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }

        /** Waits until /health answers 200 or the time since the start passes {@code limitMs}. */
        boolean awaitHealthy(long limitMs) throws InterruptedException {
            Client client = new Client(uri());
            while (elapsedMs() < limitMs && process.isAlive()) {
                try {
                    if (client.get("/health").status() == 200) {
                        return true;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            return false;
        }

        void sleepUntil(long msAfterStart) throws InterruptedException {
            long left = msAfterStart - elapsedMs();
            if (left > 0) {
                Thread.sleep(left);
            }
        }

        /** SIGKILL: no shutdown hook, no flush, no close. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM and a clean close. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }

        String logTail() throws IOException {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        }

        private long elapsedMs() {
            return (System.nanoTime() - startedAt) / 1_000_000;
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
