package org.strata.geo.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.io.ParseException;
import org.strata.geo.model.Volume;

/** Runs every case of overlap-cases.txt both ways round. */
class OverlapCasesTest {
    static Stream<Arguments> cases() throws IOException {
        String text;
        try (InputStream in = OverlapCasesTest.class.getResourceAsStream("overlap-cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> cases = new ArrayList<>();
        String name = null;
        String a = null;
        String b = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("case ")) {
                name = line.substring(5);
            } else if (line.startsWith("a: ")) {
                a = line.substring(3);
            } else if (line.startsWith("b: ")) {
                b = line.substring(3);
            } else if (line.startsWith("expect: ")) {
                cases.add(Arguments.of(name, a, b, line.substring(8).trim()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void overlapIsAsExpected(String name, String a, String b, String expected) throws ParseException {
        Volume va = volume(a);
        Volume vb = volume(b);
        for (Overlap o : List.of(OverlapOp.overlap(va, vb), OverlapOp.overlap(vb, va))) {
            if (expected.equals("none")) {
                assertFalse(o.interiorsOverlap(), name);
                assertEquals(0, o.cubicMetres());
            } else if (expected.equals("unbounded")) {
                assertTrue(o.interiorsOverlap() && o.unbounded(), name);
            } else {
                assertTrue(o.interiorsOverlap(), name);
                assertEquals(Double.parseDouble(expected.substring("volume ".length())), o.cubicMetres(), 1e-6, name);
            }
        }
    }

    /** Reads a volume of the case files ({@link org.strata.geo.TestVolumes}). */
    static Volume volume(String text) throws ParseException {
        return org.strata.geo.TestVolumes.volume(text);
    }
}
