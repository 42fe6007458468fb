package org.strata.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the path guard: it never fails, whatever the raw path, and no path it lets through holds a dot segment
 * once its percent-encoded bytes are decoded.
 */
class RequestPathFuzzTest {
    @Property
    void theGuardAnswersEveryPathAndLetsNoDotSegmentThrough(@ForAll("paths") String path) {
        if (GuardedHandler.pathProblem(path) == null) {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            for (String segment : decoded.split("/", -1)) {
                assertFalse(segment.equals("..") || segment.equals("."), path + " let through as " + decoded);
            }
        }
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("/.%2eEfF05cC\\a")
                        .ofMaxLength(30)
                        .map(s -> "/" + s),
                Arbitraries.strings().all().ofMaxLength(40));
    }
}
