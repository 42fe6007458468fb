package org.strata.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.postgis.PostgisTestDatabase;
import picocli.CommandLine;

/**
 * The short crash test CI runs on both stores: the service in a child process, killed with SIGKILL under load and
 * while starting, restarted on the same store, every acknowledged recording checked. The long runs (100 rounds
 * each) are {@code scripts/crash-test --rounds 100 --store embedded|postgis}; their figures are in
 * docs/reliability.md.
 */
class CrashTestRunTest {
    @TempDir
    Path work;

    @Test
    void theEmbeddedStoreLosesNothingAcknowledged() {
        String summary = run("--store", "embedded", "--rounds", "3", "--seed", "13", "--work", work.toString());
        assertTrue(summary.endsWith("PASS"), summary);
    }

    @Test
    void thePostgisStoreLosesNothingAcknowledged() {
        String url = PostgisTestDatabase.url();
        String summary =
                run("--store", "postgis", "--db", url, "--rounds", "2", "--seed", "17", "--work", work.toString());
        assertTrue(summary.endsWith("PASS"), summary);
    }

    private static String run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new CrashTestCommand()).execute(args);
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        String[] lines = text.strip().split("\n");
        String summary = lines[lines.length - 1].strip();
        assertEquals(0, exit, text);
        assertTrue(summary.contains("acknowledged recordings="), summary);
        return summary;
    }
}
