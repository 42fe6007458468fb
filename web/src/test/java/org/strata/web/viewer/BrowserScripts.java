package org.strata.web.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a page's check script in the system's headless Chromium (through playwright-core, never a downloaded
 * browser): {@code node SCRIPT BASE SHOTS ARGS…} prints one JSON object, with {@code failure} when a step failed.
 */
final class BrowserScripts {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("STRATA_CHROMIUM", "/usr/bin/chromium"));
    static final Path SHOTS = Path.of("target/screenshots");

    private BrowserScripts() {}

    /** Checks that the browser and playwright-core are there: under CI a missing one fails, elsewhere it skips. */
    static void requireBrowser() {
        boolean ready = Files.isExecutable(CHROMIUM) && Files.exists(Path.of("viewer/node_modules/playwright-core"));
        if (!ready) {
            String why =
                    "the viewer test needs " + CHROMIUM + " (Debian's chromium) and viewer/node_modules (npm install)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
    }

    /** Runs a script against the service at {@code base} and returns what it printed. */
    static JsonNode run(Path script, String base, String... arguments) throws IOException, InterruptedException {
        Files.createDirectories(SHOTS);
        Path out = Files.createTempFile("viewer-check", ".json");
        List<String> command = new ArrayList<>(
                List.of("node", script.toString(), base, SHOTS.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the browser did not finish in 180 s");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8).trim();
        assertEquals(0, p.exitValue(), "the browser script failed: " + text);
        JsonNode result = new ObjectMapper().readTree(text);
        assertFalse(result.has("failure"), "the browser script failed: " + text);
        return result;
    }
}
