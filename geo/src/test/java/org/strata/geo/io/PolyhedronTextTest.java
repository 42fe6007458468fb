package org.strata.geo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.geo.model.Polyhedron;

/** The stored text of polyhedra ({@code polyhedra.txt}) reads and writes back unchanged, face holes included. */
class PolyhedronTextTest {
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = PolyhedronTextTest.class.getResourceAsStream("polyhedra.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\\|", 2))
                            .map(f -> Arguments.of(f[0].strip(), f[1].strip()))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAndWritesBackUnchanged(String name, String text) {
        Polyhedron read = PolyhedronText.read(text);
        assertEquals(text, PolyhedronText.write(read), name);
        assertEquals(read, PolyhedronText.read(PolyhedronText.write(read)), name);
        long rings = text.chars().filter(c -> c == '/').count() + text.split("[;|]").length;
        assertEquals(
                rings,
                read.parts().stream()
                        .flatMap(s -> s.faces().stream())
                        .mapToLong(f -> f.rings().size())
                        .sum(),
                name + ": every ring is kept");
    }
}
