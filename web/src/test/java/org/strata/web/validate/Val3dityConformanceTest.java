package org.strata.web.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the peer's val3dity suite (../shared/data/val3dity, cases listed in val3dity-cases.txt from its
 * EXPECTED.md) and prints the agreement; at least 95 % of the cases must agree. Skipped with a message
 * where ../shared is absent, except under CI.
 */
class Val3dityConformanceTest {
    @Test
    void agreesWithVal3dityOnAtLeast95PercentOfTheCases() throws IOException {
        Path suite =
                Path.of(System.getProperty("strata.shared", "../../shared")).resolve("data/val3dity");
        if (!Files.isDirectory(suite)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but the val3dity suite is not at " + suite.toAbsolutePath());
            }
            assumeTrue(false, "the val3dity suite is not at " + suite.toAbsolutePath() + "; skipping");
        }
        String cases;
        try (InputStream in = getClass().getResourceAsStream("/org/strata/web/validate/val3dity-cases.txt")) {
            cases = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int total = 0;
        int agreed = 0;
        List<String> disagreements = new ArrayList<>();
        for (String line : cases.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] halves = line.split("\\|");
            String[] files = halves[0].trim().split(" \\+ ");
            List<Path> inner = Arrays.stream(files)
                    .skip(1)
                    .map(f -> suite.resolve(f.trim()))
                    .toList();
            List<Integer> codes = FileValidation.codes(FileValidation.validate(suite.resolve(files[0].trim()), inner));
            boolean ok = Arrays.stream(halves[1].trim().split(" or ")).anyMatch(e -> parse(e).equals(codes));
            total++;
            if (ok) {
                agreed++;
            } else {
                disagreements.add(halves[0].trim() + ": expected " + halves[1].trim() + ", got " + codes);
            }
        }
        double share = 100.0 * agreed / total;
        System.out.printf("val3dity agreement: %d of %d cases (%.1f %%)%n", agreed, total, share);
        disagreements.forEach(d -> System.out.println("  differs: " + d));
        assertTrue(share >= 95, String.format("agreement %.1f %% is below 95 %%: %s", share, disagreements));
    }

    private static List<Integer> parse(String expected) {
        String inside = expected.trim().replace("[", "").replace("]", "").trim();
        if (inside.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(inside.split(","))
                .map(s -> Integer.parseInt(s.trim()))
                .sorted()
                .toList();
    }
}
