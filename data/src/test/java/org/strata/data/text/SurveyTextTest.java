package org.strata.data.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strata.registry.survey.CheckResult;
import org.strata.registry.survey.Severity;

/** Survey storage text reads back exactly what was written, whatever the strings hold (tabs, newlines, separators). */
class SurveyTextTest {
    @Property(tries = 1000)
    void resultsReadBackExactly(
            @ForAll("text") String rule,
            @ForAll("any") String measured,
            @ForAll("any") String limit,
            @ForAll("items") List<String> features,
            @ForAll("text") String message) {
        List<CheckResult> results =
                List.of(new CheckResult(rule, Severity.values()[0], measured, limit, features, message));
        assertEquals(results, SurveyText.results(SurveyText.results(results)));
    }

    @Property(tries = 1000)
    void listsReadBackExactly(@ForAll("items") List<String> items) {
        assertEquals(items, SurveyText.list(SurveyText.list(items)));
    }

    @Provide
    Arbitrary<String> any() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("\t\n\r\\\u001fs ab状").ofMaxLength(10),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> text() {
        return any().filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<List<String>> items() {
        // a list of one empty item reads back as no items: lists hold names, never empty ones
        return any().filter(s -> !s.isEmpty()).list().ofMaxSize(4);
    }
}
