package org.strata.geo.op;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.io.ParseException;

/** Runs every case of {@code containment-cases.txt}: volumes within volumes, points in volumes. */
class ContainmentCasesTest {
    record Case(String kind, String subject, String volume, String expected) {
        @Override
        public String toString() {
            return kind + " " + subject + " in " + volume + " -> " + expected;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = ContainmentCasesTest.class.getResourceAsStream("containment-cases.txt")) {
            List<Case> out = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith("within: ") || l.startsWith("point: "))
                    .map(l -> {
                        String kind = l.substring(0, l.indexOf(':'));
                        String[] f = l.substring(kind.length() + 1).split("\\|");
                        return new Case(kind, f[0].strip(), f[1].strip(), f[2].strip());
                    })
                    .toList();
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void containmentIsAsExpected(Case c) throws ParseException {
        if (c.kind().equals("within")) {
            assertEquals(
                    c.expected().equals("within"),
                    ContainmentOp.within(OverlapCasesTest.volume(c.subject()), OverlapCasesTest.volume(c.volume())));
        } else {
            String[] p = c.subject().split("\\s+");
            assertEquals(
                    c.expected().equals("inside"),
                    ContainmentOp.contains(
                            OverlapCasesTest.volume(c.volume()),
                            Double.parseDouble(p[0]),
                            Double.parseDouble(p[1]),
                            Double.parseDouble(p[2])));
        }
    }
}
