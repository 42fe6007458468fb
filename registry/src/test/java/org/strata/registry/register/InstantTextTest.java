package org.strata.registry.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InstantTextTest {
    static Stream<String> texts() throws IOException {
        try (InputStream in = InstantTextTest.class.getResourceAsStream("instants.txt")) {
            List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
            return lines.stream().filter(l -> !l.startsWith("#")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void readsEveryTextAsInstantParseDoes(String text) {
        assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> InstantText.parse(text)), text);
    }

    @Test
    void readsWhatInstantWritesForAnyInstantOfTheRegistersYears() {
        Random random = new Random(2024);
        long first = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long seconds = first + (long) (random.nextDouble() * (last - first));
            int nanos =
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    };
            Instant at = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(at, InstantText.parse(at.toString()));
        }
    }

    private static String outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeException e) {
            return "refused";
        }
    }
}
