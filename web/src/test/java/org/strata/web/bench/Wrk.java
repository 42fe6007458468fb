package org.strata.web.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's {@code wrk} (a C load generator, so the client is not the bottleneck) over a list of request paths
 * and reads its figures: requests per second, median and 99th-percentile latency; a run with errors or non-2xx
 * answers fails.
 */
final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern DONE =
            Pattern.compile("strata-bench requests=(\\d+) errors=(\\d+) non2xx=(\\d+) p50_us=(\\d+) p99_us=(\\d+)");

    /** The figures of one run. */
    record Run(double requestsPerSecond, double medianMillis, double p99Millis, long requests) {}

    private final Path script;

    private Wrk(Path script) {
        this.script = script;
    }

    /** wrk with the benchmark's path-cycling script, or empty when wrk is not installed. */
    static Optional<Wrk> find(Path folder) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            return Optional.empty();
        }
        Path script = folder.resolve("paths.lua");
        try (InputStream in = Wrk.class.getResourceAsStream("/bench/paths.lua")) {
            Files.write(script, in.readAllBytes());
        }
        return Optional.of(new Wrk(script));
    }

    /** Runs {@code connections} connections for {@code seconds} over the paths, with an Authorization header. */
    Run run(URI base, List<String> paths, int connections, int seconds, Optional<String> authorization) {
        try {
            Path file = Files.createTempFile(script.getParent(), "paths", ".txt");
            Files.write(file, paths);
            ProcessBuilder pb = new ProcessBuilder(
                            "/usr/bin/wrk",
                            "-t",
                            String.valueOf(Math.min(connections, 2)),
                            "-c",
                            String.valueOf(connections),
                            "-d",
                            seconds + "s",
                            "--timeout",
                            "10s",
                            "-s",
                            script.toString(),
                            base.toString().replaceAll("/$", ""))
                    .redirectErrorStream(true);
            pb.environment().put("WRK_PATHS", file.toString());
            pb.environment().put("WRK_AUTH", authorization.orElse(""));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + out);
            }
            Matcher rate = RATE.matcher(out);
            Matcher done = DONE.matcher(out);
            if (!rate.find() || !done.find()) {
                throw new IllegalStateException("wrk printed no figures: " + out);
            }
            if (Long.parseLong(done.group(2)) > 0 || Long.parseLong(done.group(3)) > 0) {
                throw new IllegalStateException("wrk saw errors or non-2xx answers: " + out);
            }
            return new Run(
                    Double.parseDouble(rate.group(1)),
                    Long.parseLong(done.group(4)) / 1000.0,
                    Long.parseLong(done.group(5)) / 1000.0,
                    Long.parseLong(done.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
