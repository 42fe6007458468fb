package org.strata.geo.op.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.geo.io.ShellReaders;
import org.strata.geo.model.Solid;

/** The solids in this folder's cases.txt get exactly the codes it lists. */
class SolidValidatorTest {
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : read("cases.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\\|");
                out.add(Arguments.of(parts[0].trim(), parts[1].trim()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void codesAreAsListed(String file, String expected) throws IOException {
        Solid solid = new Solid(ShellReaders.read(file, read(file)), List.of());
        TreeSet<Integer> codes = new TreeSet<>();
        SolidValidator.validate(solid).forEach(e -> codes.add(e.code()));
        assertEquals(expected, codes.toString().replace(" ", ""));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SolidValidatorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
