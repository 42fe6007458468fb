package org.strata.data.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MicrosTextTest {
    @Test
    void roundsHalfUpToTheMicrosecondAndWritesIsoText() {
        assertEquals("2024-06-01T08:30:00.000001Z", text("2024-06-01T08:30:00.0000005Z"));
        assertEquals("2024-06-01T08:30:00.000000Z", text("2024-06-01T08:30:00.000000499Z"));
        assertEquals("2024-06-01T08:30:01.000000Z", text("2024-06-01T08:30:00.9999995Z"));
        assertEquals("2024-12-31T23:59:59.999999Z", text("2024-12-31T23:59:59.999999Z"));
        assertEquals("0001-01-01T00:00:00.000000Z", text("0001-01-01T00:00:00Z"));
        assertEquals("9999-12-31T23:59:59.999999Z", text("9999-12-31T23:59:59.999999Z"));
    }

    @Test
    void leavesInstantsOutsideTheYearsOneTo9999ToTheDriver() {
        assertNull(MicrosText.round(Instant.parse("9999-12-31T23:59:59.9999996Z")));
        assertNull(MicrosText.round(Instant.MAX));
        assertNull(MicrosText.round(Instant.parse("0000-12-31T23:59:59Z")));
    }

    @Test
    void theTextReadsBackAsTheRoundedInstant() {
        Random random = new Random(4549);
        for (int i = 0; i < 100_000; i++) {
            Instant at = Instant.ofEpochSecond(
                    random.nextLong(-62_135_596_800L, 253_402_300_799L), random.nextInt(1_000_000_000));
            Instant rounded = MicrosText.round(at);
            if (rounded != null) {
                assertEquals(rounded, Instant.parse(MicrosText.format(rounded)));
                assertEquals(0, rounded.getNano() % 1000);
                assertEquals(true, Math.abs(ChronoUnit.NANOS.between(at, rounded)) <= 500);
            }
        }
    }

    private static String text(String at) {
        return MicrosText.format(MicrosText.round(Instant.parse(at)));
    }
}
