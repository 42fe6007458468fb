package org.strata.web.validate;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strata.geo.io.SolidFormatException;

/**
 * Fuzzing CityJSON as {@code strata validate} and a surveyor's package read it: whatever the text — a valid cube
 * with a character changed, vertex indices out of range or negative, boundaries nested too deep or too shallow,
 * huge or non-numeric coordinates, any string — it is validated or refused with {@link SolidFormatException} or
 * {@link IllegalArgumentException}; anything else (a NullPointerException, an index error, a stack overflow)
 * fails the property.
 */
class CityJsonFuzzTest {
    static final String CUBE =
            "{\"type\":\"CityJSON\",\"version\":\"2.0\",\"transform\":{\"scale\":[0.001,0.001,0.001],"
                    + "\"translate\":[511000,3347000,0]},\"vertices\":[[0,0,0],[1000,0,0],[1000,1000,0],[0,1000,0],"
                    + "[0,0,1000],[1000,0,1000],[1000,1000,1000],[0,1000,1000]],\"CityObjects\":{\"b1\":{\"type\":\"Building\","
                    + "\"attributes\":{\"code\":\"330106001002GB00001F00010001\"},\"geometry\":[{\"type\":\"Solid\",\"lod\":\"2\","
                    + "\"boundaries\":[[[[0,3,2,1]],[[4,5,6,7]],[[0,1,5,4]],[[1,2,6,5]],[[2,3,7,6]],[[3,0,4,7]]]]}]}}}";

    @Property
    void cityJsonIsValidatedOrRefused(@ForAll("cityJson") String text) {
        try {
            CityJsonSolids.validate(text);
        } catch (SolidFormatException | IllegalArgumentException refused) {
            // named as a format error to the user
        }
    }

    @Example
    void aVertexOfTwoNumbersIsAFormatError() {
        refused(CUBE.replace("[0,0,0],", "[0,0],"), "vertex 0 is not an array of three numbers");
    }

    @Example
    void anIndexBeyondAnIntIsAFormatErrorNotAnotherVertex() {
        refused(CUBE.replace("[0,3,2,1]", "[0,3,4294967298,1]"), "not a vertex index");
    }

    @Example
    void aNumberWhereARingBelongsIsAFormatError() {
        refused(CUBE.replace("[[0,3,2,1]]", "[7]"), "a ring must be an array");
    }

    private static void refused(String text, String message) {
        SolidFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
                SolidFormatException.class, () -> CityJsonSolids.validate(text));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Provide
    Arbitrary<String> cityJson() {
        List<String> pieces = List.of(
                "-1",
                "8",
                "99999999999",
                "1e309",
                "-0",
                "null",
                "\"a\"",
                "[]",
                "[[]]",
                "[[[[[[[0]]]]]]]",
                "{}",
                "0.5",
                "\"CompositeSolid\"",
                "\"MultiSolid\"",
                "\"MultiSurface\"",
                "true");
        Arbitrary<String> replaced = Arbitraries.integers()
                .between(0, CUBE.length() - 1)
                .flatMap(at ->
                        Arbitraries.of(pieces).map(piece -> CUBE.substring(0, at) + piece + CUBE.substring(at + 1)));
        Arbitrary<String> flipped = Arbitraries.integers()
                .between(0, CUBE.length() - 1)
                .flatMap(at -> Arbitraries.chars()
                        .with("[]{}\",:0123456789-.e ")
                        .map(c -> CUBE.substring(0, at) + c + CUBE.substring(at + 1)));
        Arbitrary<String> numbers = Arbitraries.of(pieces).map(p -> CUBE.replace("[0,3,2,1]", "[0,3," + p + ",1]"));
        Arbitrary<String> types = Arbitraries.of("\"CompositeSolid\"", "\"MultiSolid\"", "\"Solid\"")
                .flatMap(t -> Arbitraries.of("[[[[0,3,2,1]]]]", "[[[[[0,3,2,1]]]]]", "[]", "[[]]", "[[[]]]", "7")
                        .map(b -> CUBE.replace("\"Solid\"", t)
                                .replaceFirst("\"boundaries\":\\[.*\\]\\}\\]", "\"boundaries\":" + b + "}]")));
        return Arbitraries.oneOf(
                replaced, flipped, numbers, types, Arbitraries.strings().ofMaxLength(60));
    }
}
