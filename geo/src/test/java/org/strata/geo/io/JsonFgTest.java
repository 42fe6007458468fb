package org.strata.geo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.io.ParseException;
import org.strata.geo.TestVolumes;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;
import org.strata.geo.op.VolumeOp;

/** JSON-FG places from {@code json-fg-volumes.txt}: written, read back to the same volume, in authority order. */
class JsonFgTest {
    static Stream<Arguments> volumes() throws IOException {
        try (InputStream in = JsonFgTest.class.getResourceAsStream("json-fg-volumes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\\|"))
                            .map(f -> Arguments.of(f[0].strip(), f[1].strip(), f[2].strip()))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("volumes")
    void aVolumeReadsBackAsWritten(String name, String text, String type) throws ParseException {
        Volume volume = TestVolumes.volume(text);
        Map<String, Object> place = JsonFg.place(volume);
        if (volume instanceof Prism p && p.heights().topOrNull() == null) {
            assertNull(place, "a prism open above has no JSON-FG place");
            return;
        }
        assertEquals(type, place.get("type"), name);
        Volume back = JsonFg.read(place);
        assertEquals(volume.box(), back.box(), name);
        assertEquals(VolumeOp.volume(volume), VolumeOp.volume(back), 1e-6, name);
        assertEquals(place, JsonFg.place(back), name + ": writing what was read gives the same place");
    }

    @Test
    void positionsAreNorthingFirst() throws ParseException {
        Map<String, Object> place = JsonFg.place(TestVolumes.volume(
                "POLYGON ((511000 3347000, 511010 3347000, 511010 3347008, 511000 3347008, 511000 3347000)) @ 8..11"));
        @SuppressWarnings("unchecked")
        List<List<List<Double>>> rings =
                (List<List<List<Double>>>) ((Map<String, Object>) place.get("base")).get("coordinates");
        assertEquals(List.of(3347000.0, 511000.0), rings.get(0).get(0));
    }

    @Test
    void badPlacesAreRefusedNamingTheProblem() {
        IllegalArgumentException type =
                assertThrows(IllegalArgumentException.class, () -> JsonFg.read(Map.of("type", "Sphere")));
        assertTrue(type.getMessage().contains("Sphere"), type.getMessage());
        IllegalArgumentException twoD = assertThrows(
                IllegalArgumentException.class,
                () -> JsonFg.read(Map.of(
                        "type", "Polyhedron", "coordinates", List.of(List.of(List.of(List.of(List.of(1, 2))))))));
        assertTrue(twoD.getMessage().contains("[northing, easting, height]"), twoD.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> JsonFg.read(Map.of("type", "MultiPrism", "prisms", List.of())));
    }
}
