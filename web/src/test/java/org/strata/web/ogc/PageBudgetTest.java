package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page's byte budget: the estimate is never below the JSON written, and a full page refuses the next feature. */
class PageBudgetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEstimateIsNeverBelowTheJsonWritten() throws Exception {
        for (int vertices : new int[] {4, 100, 10_000}) {
            Map<String, Object> feature = feature(vertices, "杭州市西湖区文苑路" + vertices + "号\"\\");
            long written = JSON.writeValueAsBytes(feature).length;
            long estimate = PageBudget.estimate(feature);
            assertTrue(estimate >= written, vertices + " vertices: estimate " + estimate + " < " + written);
            assertTrue(estimate < 3 * written, vertices + " vertices: estimate " + estimate + " far above " + written);
        }
    }

    @Test
    void aFullPageRefusesTheNextFeatureButNeverTheFirst() {
        Map<String, Object> big = feature(10_000, "big");
        PageBudget budget = new PageBudget(PageBudget.estimate(big) * 2 + 10);
        assertTrue(budget.admits(big));
        assertTrue(budget.admits(big));
        assertFalse(budget.admits(big));
        assertTrue(new PageBudget(1).admits(big), "one feature always fits, or no page could ever be served");
        PageBudget small = new PageBudget(1);
        small.admits(feature(4, "a"));
        assertFalse(small.admits(feature(4, "b")));
        assertEquals(PageBudget.estimate(feature(4, "a")), small.used());
    }

    private static Map<String, Object> feature(int vertices, String location) {
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            ring.add(new double[] {511000.123 + i, 3347000.456 - i});
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Polygon");
        geometry.put("coordinates", List.of(ring));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("location", location);
        properties.put("statedArea", 1234.5);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", "330106001002GB00001W00000000");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }
}
