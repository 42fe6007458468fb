package org.strata.geo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Grid boxes: intersection and union from {@code boxes.txt}, both ways round; bad edges refused. */
class GridBoxTest {
    static Stream<Arguments> pairs() throws IOException {
        try (InputStream in = GridBoxTest.class.getResourceAsStream("boxes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\\|"))
                            .map(f -> Arguments.of(box(f[0]), box(f[1]), Boolean.parseBoolean(f[2].strip()), box(f[3])))
                            .toList()
                            .stream();
        }
    }

    private static GridBox box(String text) {
        double[] v = Arrays.stream(text.strip().split("\\s+"))
                .mapToDouble(Double::parseDouble)
                .toArray();
        return new GridBox(v[0], v[1], v[2], v[3]);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @MethodSource("pairs")
    void intersectionAndUnionAreSymmetric(GridBox a, GridBox b, boolean intersects, GridBox union) {
        assertEquals(intersects, a.intersects(b));
        assertEquals(intersects, b.intersects(a));
        assertEquals(union, a.union(b));
        assertEquals(union, b.union(a));
    }

    @Test
    void invertedOrEndlessEdgesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GridBox(10, 0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new GridBox(0, 10, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new GridBox(0, 0, Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> new GridBox(0, 0, 10, Double.POSITIVE_INFINITY));
    }
}
