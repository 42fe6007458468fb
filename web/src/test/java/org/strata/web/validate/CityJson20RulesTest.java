package org.strata.web.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CityJSON 2.0 requirements Strata's export is held to, each tried on a case that meets it and one that does not
 * ({@code cityjson20-cases.jsonl}): the checker must name the requirement a case breaks, and nothing for a good one.
 */
class CityJson20RulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = CityJson20RulesTest.class.getResourceAsStream("cityjson20-cases.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode c = JSON.readTree(line);
                cases.add(Arguments.of(
                        c.get("case").asText(),
                        c.get("kind").asText(),
                        c.get("expect").asText(),
                        c.get("json")));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRequirementIsNamedWhenBrokenAndOnlyThen(String name, String kind, String expect, JsonNode json) {
        List<String> violations =
                switch (kind) {
                    case "feature" -> CityJson20Rules.ofFeature(json);
                    case "header" -> CityJson20Rules.ofDocument(json, true);
                    default -> CityJson20Rules.ofDocument(json, false);
                };
        if (expect.isEmpty()) {
            assertEquals(List.of(), violations, name);
        } else {
            assertEquals(1, violations.size(), name + ": " + violations);
            assertEquals(true, violations.get(0).startsWith(expect), name + ": " + violations);
        }
    }
}
