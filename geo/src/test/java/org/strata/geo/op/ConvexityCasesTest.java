package org.strata.geo.op;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.io.ParseException;
import org.strata.geo.model.Polyhedron;

/** Runs every case of {@code convexity-cases.txt}. */
class ConvexityCasesTest {
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ConvexityCasesTest.class.getResourceAsStream("convexity-cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> l.startsWith("hexa "))
                            .map(l -> l.split("\\|"))
                            .map(f -> Arguments.of(f[0].strip(), f[1].strip()))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void convexityIsAsExpected(String shell, String expected) throws ParseException {
        Polyhedron p = (Polyhedron) OverlapCasesTest.volume(shell);
        assertEquals(expected.equals("convex"), ConvexityOp.isConvex(p.parts().get(0), 1e-6), shell);
    }
}
