package org.strata.web.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.geo.crs.HeightConversion;
import org.strata.web.boot.ServerSettings;
import org.strata.web.boot.StrataServer;
import org.strata.web.console.CommandOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code strata soak}: the service on the embedded store under a mixed load (registrations, unit lookups, 3D
 * column queries, map pages) on loopback for some minutes, a line of figures a minute, and a summary: requests,
 * errors, p50 and p99 per minute, the live heap and the store's size at the start and the end.
 */
@Command(
        name = "soak",
        mixinStandardHelpOptions = true,
        description = "Run the service under mixed load for some minutes and print whether it stays steady.")
public final class SoakCommand implements Callable<Integer> {

    @Mixin
    private CommandOutput output;

    @Option(names = "--minutes", defaultValue = "10", description = "how long (default ${DEFAULT-VALUE})")
    int minutes;

    @Option(names = "--workers", defaultValue = "4", description = "load threads (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the load (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", description = "data folder (default: a new temporary folder)")
    Path work;

    @Override
    public Integer call() throws Exception {
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("strata-soak-");
        ServerSettings settings = new ServerSettings(
                "127.0.0.1",
                0,
                folder,
                Optional.empty(),
                "public",
                true,
                DemoAreaGenerator.DEFAULT_SEED,
                DemoAreaGenerator.DEFAULT_SIZE,
                DemoAreaGenerator.GROUND_METRES,
                HeightConversion.HANGZHOU_GEOID_OFFSET_METRES,
                60,
                Optional.empty());
        try (StrataServer server = StrataServer.start(settings)) {
            System.gc();
            long heapStart = liveHeap();
            long storeStart = storeBytes(folder);
            Latencies latencies = new Latencies();
            Ledger ledger = new Ledger();
            Load load = new Load(server.uri(), ledger, new AtomicInteger(50_000)).measured(latencies);
            load.start(workers, seed);
            for (int minute = 1; minute <= minutes; minute++) {
                Thread.sleep(60_000);
                Latencies.Period p = latencies.next();
                output.out()
                        .printf(
                                "minute %d: %d requests, %d errors, p50 %.1f ms, p99 %.1f ms, live heap %d MB, store %d MB%n",
                                minute,
                                p.count(),
                                p.errors,
                                p.quantileMs(0.5),
                                p.quantileMs(0.99),
                                liveHeap() >> 20,
                                storeBytes(folder) >> 20);
            }
            load.stop();
            System.gc();
            long heapEnd = liveHeap();
            long storeEnd = storeBytes(folder);
            List<Latencies.Period> periods = latencies.periods();
            long requests = periods.stream().mapToLong(Latencies.Period::count).sum();
            long errors = periods.stream().mapToLong(p -> p.errors).sum();
            double[] p99 = periods.stream().mapToDouble(p -> p.quantileMs(0.99)).toArray();
            double[] sorted = Arrays.copyOf(p99, p99.length);
            Arrays.sort(sorted);
            double medianP99 = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
            double worstP99 = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
            int writes = ledger.recordings().size() + ledger.submittedCases().size();
            long bytesPerWrite = writes == 0 ? 0 : (storeEnd - storeStart) / writes;
            boolean steady = errors == 0
                    && worstP99 <= 3 * Math.max(medianP99, 5)
                    && heapEnd <= heapStart + (128L << 20)
                    && bytesPerWrite < 8192;
            output.out()
                    .printf(
                            "soak: minutes=%d requests=%d errors=%d p50=%.1f ms p99=%.1f ms (per-minute p99 median %.1f, worst"
                                    + " %.1f) live heap %d MB -> %d MB, store %d MB -> %d MB (%d bytes per acknowledged write,"
                                    + " %d writes): %s%n",
                            minutes,
                            requests,
                            errors,
                            median(periods, 0.5),
                            median(periods, 0.99),
                            medianP99,
                            worstP99,
                            heapStart >> 20,
                            heapEnd >> 20,
                            storeStart >> 20,
                            storeEnd >> 20,
                            bytesPerWrite,
                            writes,
                            steady ? "STEADY" : "NOT STEADY");
            return steady ? 0 : 1;
        }
    }

    private static double median(List<Latencies.Period> periods, double q) {
        double[] values =
                periods.stream().mapToDouble(p -> p.quantileMs(q)).sorted().toArray();
        return values.length == 0 ? 0 : values[values.length / 2];
    }

    /** The heap in use after the last collection: what is alive, not what awaits collection. */
    private static long liveHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                total += pool.getCollectionUsage().getUsed();
            }
        }
        return total;
    }

    private static long storeBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve("store"))) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
