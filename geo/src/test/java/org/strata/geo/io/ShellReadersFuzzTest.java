package org.strata.geo.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the readers of solids from outside (TetGen .poly, .off, .obj): whatever the text, a reader returns a
 * shell or refuses with {@link SolidFormatException}; any other exception is a crash and fails the property.
 * Inputs are arbitrary text and valid files with random edits. {@code jqwik.tries.default} sets the tries
 * ({@code scripts/fuzz} raises it).
 */
class ShellReadersFuzzTest {
    private static final String OFF = "OFF\n8 6 0\n0 0 0\n1 0 0\n1 1 0\n0 1 0\n0 0 1\n1 0 1\n1 1 1\n0 1 1\n"
            + "4 0 3 2 1\n4 4 5 6 7\n4 0 1 5 4\n4 1 2 6 5\n4 2 3 7 6\n4 3 0 4 7\n";
    private static final String OBJ = "v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nv 0 0 1\nv 1 0 1\nv 1 1 1\nv 0 1 1\n"
            + "f 1 4 3 2\nf 5 6 7 8\nf 1 2 6 5\nf 2 3 7 6\nf 3 4 8 7\nf 4 1 5 8\n";

    /** Found by this fuzzer: a facet of no polygons reached the model, which threw IllegalArgumentException. */
    @Example
    void aFacetWithoutPolygonsIsRefused() {
        SolidFormatException e = assertThrows(
                SolidFormatException.class, () -> ShellReaders.poly("3 3 0 0\n1 0 0 0\n2 1 0 0\n3 0 1 0\n1 0\n0 0\n"));
        assertTrue(e.getMessage().startsWith("901"), e.getMessage());
    }

    /** Found by {@code scripts/fuzz 20000}: an OBJ face vertex written as a bare "/" threw an index exception. */
    @Example
    void anObjFaceVertexWithoutANumberIsRefused() {
        assertThrows(SolidFormatException.class, () -> ShellReaders.obj("v 0 0 0\nv 1 0 0\nv 1 1 0\nf  / 3 2\n"));
    }

    @Property
    void offReadsOrRefuses(@ForAll("off") String text) {
        readOrRefuse(() -> ShellReaders.off(text));
    }

    @Property
    void objReadsOrRefuses(@ForAll("obj") String text) {
        readOrRefuse(() -> ShellReaders.obj(text));
    }

    @Property
    void polyReadsOrRefuses(@ForAll("poly") String text) {
        readOrRefuse(() -> ShellReaders.poly(text));
    }

    @Provide
    Arbitrary<String> off() {
        return inputs(OFF);
    }

    @Provide
    Arbitrary<String> obj() {
        return inputs(OBJ);
    }

    @Provide
    Arbitrary<String> poly() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/strata/geo/op/validity/stratum-valid.poly")) {
            return inputs(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Arbitrary text, and a valid file with up to eight random edits (replace, insert, delete, duplicate). */
    static Arbitrary<String> inputs(String valid) {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789-.e+ \n#OFfv/").ofMaxLength(6),
                Arbitraries.of("-1", "99999999999", "NaN", "1e309", "\n", "", " ", "0", "3", "f", "v", "OFF"));
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.doubles().between(0, 1),
                        pieces)
                .as(Edit::new);
        Arbitrary<String> edited = edit.list().ofMaxSize(8).map(edits -> apply(valid, edits));
        return Arbitraries.oneOf(edited, edited, Arbitraries.strings().all().ofMaxLength(200));
    }

    private static String apply(String text, List<Edit> edits) {
        StringBuilder b = new StringBuilder(text);
        for (Edit e : edits) {
            int at = (int) (e.where() * b.length());
            int end = Math.min(b.length(), at + e.piece().length() + 1);
            switch (e.kind()) {
                case 0 -> b.replace(at, end, e.piece());
                case 1 -> b.insert(at, e.piece());
                case 2 -> b.delete(at, end);
                default -> b.insert(at, b.substring(at, end));
            }
        }
        return b.toString();
    }

    private static void readOrRefuse(Runnable read) {
        try {
            read.run();
        } catch (SolidFormatException refused) {
            // the reader's one way of saying no
        }
    }

    private record Edit(int kind, double where, String piece) {}
}
