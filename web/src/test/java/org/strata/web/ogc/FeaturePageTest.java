package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A streamed page of features: bounded by the bytes actually written (never past the budget by more than one
 * feature, the first always written), its number returned and links following what was written.
 */
class FeaturePageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFullPageStopsWithinOneFeatureOfItsBudgetAndSaysHowManyItReturned() throws Exception {
        int vertices = 2_000;
        long oneFeature = bytesOf(List.of(vertices)) - bytesOf(List.of());
        long budget = oneFeature * 5 / 2;
        List<Integer> returnedSeen = new ArrayList<>();
        JsonNode page = write(new FeaturePage<>(
                Collections.nCopies(10, vertices),
                10,
                FeaturePageTest::feature,
                false,
                returned -> {
                    returnedSeen.add(returned);
                    return List.of(new Link("next?offset=" + returned, "next", OgcDocuments.GEOJSON, "Next page"));
                },
                budget));
        assertEquals(3, page.get("features").size(), "2.5 features' bytes hold three: the third starts below it");
        assertEquals(3, page.get("numberReturned").asInt());
        assertEquals(10, page.get("numberMatched").asInt());
        assertEquals(List.of(3), returnedSeen);
        assertEquals("next?offset=3", page.get("links").get(0).get("href").asText());
        long written = JSON.writeValueAsBytes(page.get("features")).length;
        assertTrue(written <= budget + oneFeature + 16, written + " bytes of features for a budget of " + budget);
    }

    @Test
    void theFirstFeatureIsAlwaysWrittenOrNoPageCouldBeServed() throws Exception {
        JsonNode page =
                write(new FeaturePage<>(List.of(10_000, 4), 2, FeaturePageTest::feature, false, r -> List.of(), 1));
        assertEquals(1, page.get("numberReturned").asInt());
        assertEquals(
                10_001,
                page.get("features")
                        .get(0)
                        .get("geometry")
                        .get("coordinates")
                        .get(0)
                        .size());
    }

    @Test
    void jsonFgPagesDeclareTheirConformanceAndTheTreeIsWhatIsStreamed() throws Exception {
        FeaturePage<Integer> page = new FeaturePage<>(
                List.of(4, 5), 2, FeaturePageTest::feature, true, r -> List.of(), FeaturePage.PAGE_BYTES);
        JsonNode streamed = write(page);
        assertTrue(streamed.get("conformsTo").size() > 0);
        assertEquals(2, streamed.get("features").size());
        JsonNode tree = JSON.valueToTree(page.tree());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("timeStamp");
        ((com.fasterxml.jackson.databind.node.ObjectNode) streamed).remove("timeStamp");
        assertEquals(streamed, tree);
    }

    private static long bytesOf(List<Integer> features) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FeaturePage<>(features, features.size(), FeaturePageTest::feature, false, r -> List.of(), Long.MAX_VALUE)
                .write(out);
        return out.size();
    }

    private static JsonNode write(FeaturePage<Integer> page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.write(out);
        return JSON.readTree(out.toByteArray());
    }

    /** A feature whose ring has {@code vertices} + 1 positions. */
    private static void feature(JsonGenerator g, Integer vertices) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", "330106001002GB00001W00000000");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Polygon");
        g.writeArrayFieldStart("coordinates");
        g.writeStartArray();
        for (int i : IntStream.rangeClosed(0, vertices).toArray()) {
            g.writeArray(new double[] {511000.123 + i % vertices, 3347000.456 - i % vertices}, 0, 2);
        }
        g.writeEndArray();
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("location", "杭州市西湖区文苑路");
        g.writeEndObject();
        g.writeEndObject();
    }
}
