package org.strata.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strata.registry.cases.CaseException;
import org.strata.registry.unit.InvalidUnitCodeException;
import org.strata.web.http.ApiException;

/**
 * Fuzzing the reader of case applications: a valid first registration with random parts replaced by other JSON
 * (wrong types, huge or non-finite numbers, deep arrays, empty objects). Whatever the body, the reader returns an
 * application or refuses with a 4xx {@link ApiException} (or a malformed unit code); anything else would reach the
 * client as a 500 and fails the property.
 */
class CaseApplicationFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = "{\"type\":\"first\",\"unitCode\":\"330106003005GB00901W00000000\","
            + "\"parties\":[{\"name\":\"张丽\",\"idType\":\"resident-id\",\"idNumber\":\"11010519491231002X\","
            + "\"role\":\"holder\",\"share\":\"1\"}],\"details\":{\"validFrom\":\"2026-01-05\"},"
            + "\"unit\":{\"kind\":\"parcel\",\"use\":\"0701\",\"statedArea\":500,\"location\":\"文苑路901号\","
            + "\"bottom\":-10,\"top\":30,\"footprint\":{\"type\":\"Polygon\",\"coordinates\":[[[511000,3347000],"
            + "[511050,3347000],[511050,3347010],[511000,3347010],[511000,3347000]]]}}}";

    @Property
    void applicationsReadOrAreRefusedWithA4xx(@ForAll("bodies") JsonNode body) {
        try {
            CaseApplication.read(body).toApplication();
        } catch (ApiException e) {
            if (e.status() < 400 || e.status() >= 500) {
                throw e;
            }
        } catch (InvalidUnitCodeException | CaseException refused) {
            // mapped to 400 by their own mappers
        }
    }

    @Provide
    Arbitrary<JsonNode> bodies() {
        Arbitrary<JsonNode> replacement = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(JsonNodeFactory.instance::textNode),
                Arbitraries.of(0.0, -1.0, 1e308, -1e308, 1e-320, 3347000.5, 511000.0)
                        .map(JsonNodeFactory.instance::numberNode),
                Arbitraries.integers().map(JsonNodeFactory.instance::numberNode),
                Arbitraries.of(
                        JsonNodeFactory.instance.nullNode(),
                        JsonNodeFactory.instance.booleanNode(true),
                        JsonNodeFactory.instance.objectNode(),
                        JsonNodeFactory.instance.arrayNode(),
                        deepArray()));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.doubles().between(0, 1), replacement)
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(4).map(CaseApplicationFuzzTest::apply);
    }

    private static JsonNode apply(List<Mutation> mutations) {
        try {
            JsonNode body = JSON.readTree(VALID);
            for (Mutation m : mutations) {
                List<JsonNode> containers = new ArrayList<>();
                collect(body, containers);
                JsonNode target =
                        containers.get(Math.min(containers.size() - 1, (int) (m.where() * containers.size())));
                if (target instanceof ObjectNode o) {
                    List<String> names = new ArrayList<>();
                    o.fieldNames().forEachRemaining(names::add);
                    if (names.isEmpty()) {
                        o.set("x", m.value());
                    } else {
                        o.set(
                                names.get((int) (m.where() * 997) % names.size()),
                                m.value().deepCopy());
                    }
                } else if (target instanceof ArrayNode a && !a.isEmpty()) {
                    a.set((int) (m.where() * 991) % a.size(), m.value().deepCopy());
                }
            }
            return body;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode deepArray() {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode at = root;
        for (int i = 0; i < 20; i++) {
            at = at.addArray();
        }
        return root;
    }

    private record Mutation(double where, JsonNode value) {}
}
