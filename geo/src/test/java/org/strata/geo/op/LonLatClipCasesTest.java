package org.strata.geo.op;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.geo.model.LonLatBox;

/** Runs every case of {@code lonlat-clip-cases.txt}: CRS84 boxes anywhere on Earth clipped to an area of use. */
class LonLatClipCasesTest {
    record Case(String box, String area, String expected) {
        @Override
        public String toString() {
            return box + " in " + area + " -> " + expected;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = LonLatClipCasesTest.class.getResourceAsStream("lonlat-clip-cases.txt")) {
            List<Case> out = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|"))
                    .map(f -> new Case(f[0].strip(), f[1].strip(), f[2].strip()))
                    .toList();
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void boxesAreClippedAsExpected(Case c) {
        double[] b = numbers(c.box());
        double[] a = numbers(c.area());
        String found;
        try {
            found = LonLatClip.within(b[0], b[1], b[2], b[3], new LonLatBox(a[0], a[1], a[2], a[3]))
                    .map(x -> format(x.minLongitude()) + "," + format(x.minLatitude()) + "," + format(x.maxLongitude())
                            + "," + format(x.maxLatitude()))
                    .orElse("none");
        } catch (IllegalArgumentException e) {
            found = "refused";
        }
        assertEquals(c.expected(), found);
    }

    private static double[] numbers(String text) {
        return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
