package org.strata.web.survey;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strata.registry.survey.PackageRefusedException;

/**
 * Fuzzing what a surveyor's package brings: CSV tables and the manifest. Whatever the bytes, a table is read or
 * refused with IllegalArgumentException (reported as a failed check), and a manifest is read or refused with
 * {@link PackageRefusedException}; anything else fails the property.
 */
class SurveyInputFuzzTest {
    @Property
    void tablesReadOrRefuse(@ForAll("csv") String text) {
        try {
            CsvTable.read(text);
        } catch (IllegalArgumentException refused) {
            // a table that is not CSV with a header row
        }
    }

    @Property
    void manifestsReadOrRefuse(@ForAll("manifests") String text) {
        try {
            ManifestJson.read(text.getBytes(StandardCharsets.UTF_8));
        } catch (PackageRefusedException refused) {
            // not JSON, or not the manifest schema
        }
    }

    @Provide
    Arbitrary<String> csv() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("a,\"\n\r 1.;").ofMaxLength(80),
                Arbitraries.strings().all().ofMaxLength(80));
    }

    @Provide
    Arbitrary<String> manifests() {
        String valid = "{\"formatVersion\":\"1.0\",\"commission\":\"c-1\",\"stage\":\"completion\",\"parts\":["
                + "{\"path\":\"a.geojson\",\"kind\":\"parcels\",\"items\":[\"cadastral\"],\"mediaType\":"
                + "\"application/geo+json\",\"sha256\":\"00\",\"featureCount\":1}]}";
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}[]\":,0123456789abc ").ofMaxLength(80),
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.integers().between(0, valid.length() - 1).flatMap(at -> Arbitraries.strings()
                        .withChars("{}[]\":,0-9e\\")
                        .ofMaxLength(3)
                        .map(piece -> valid.substring(0, at) + piece + valid.substring(at + 1))));
    }
}
