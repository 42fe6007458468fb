package org.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * The national code tables as a user meets them: served with their sources, the whole GB/T 21010 land use table
 * (industrial land among it), the Zhejiang counties of GB/T 2260 (a code with another county refused wherever a
 * code is accepted), and the right letters L and N.
 */
class CodeTablesTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, JsonNode> codes(String table) {
        HttpResponse<String> response = http.get("/api/v1/code-tables/" + table);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = Http.json(response);
        assertTrue(
                body.get("source").asText().contains("GB/T"), body.get("source").asText());
        Map<String, JsonNode> out = new HashMap<>();
        body.get("codes").forEach(c -> out.put(c.get("code").asText(), c));
        return out;
    }

    @Test
    void theLandUseTableIsGbt21010Whole() {
        Map<String, JsonNode> landUse = codes("land-use");
        assertEquals(73, landUse.size());
        assertEquals("工业用地", landUse.get("0601").get("name").asText());
        assertEquals("城镇住宅用地", landUse.get("0701").get("name").asText());
        assertEquals("裸岩石砾地", landUse.get("1207").get("name").asText());
    }

    @Test
    void theBuildingUseTableIsTheRegistrationDictionaryAndTheMapShowsItsCodes() {
        Map<String, JsonNode> uses = codes("building-use");
        assertEquals(37, uses.size());
        assertEquals("成套住宅", uses.get("11").get("name").asText());
        assertEquals("教育", uses.get("41").get("name").asText());
        assertEquals("物管用房", uses.get("84").get("name").asText());
        JsonNode buildings = Http.json(http.as("citizen").get("/ogc/collections/buildings/items?limit=50"));
        assertTrue(buildings.get("features").size() > 0);
        for (JsonNode b : buildings.get("features")) {
            JsonNode use = b.get("properties").get("use");
            assertTrue(uses.containsKey(use.asText()), "a building's use is a dictionary code: " + use);
            assertEquals(
                    uses.get(use.asText()).get("name").asText(),
                    b.get("properties").get("useName").asText());
        }
    }

    @Test
    void theCountiesAreZhejiangsAndAnotherCountyIsRefused() {
        Map<String, JsonNode> counties = codes("counties");
        assertEquals(90, counties.size());
        assertEquals("西湖区", counties.get("330106").get("name").asText());
        assertEquals("杭州市", counties.get("330106").get("city").asText());
        assertEquals("龙港市", counties.get("330383").get("name").asText());
        for (String code : new String[] {"339999003005GB00004W00000000", "110101001001GH00001W00000000"}) {
            HttpResponse<String> refused = http.get("/api/v1/unit-codes/" + code);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("invalid-unit-code", Http.json(refused).get("code").asText());
        }
    }

    @Test
    void forestAndAgriculturalRightLettersAreKnown() {
        Map<String, JsonNode> letters = codes("parcel-right-letters");
        assertTrue(
                letters.containsKey("L") && letters.containsKey("N"),
                letters.keySet().toString());
        HttpResponse<String> forest = http.get("/api/v1/unit-codes/330127003005GL00004W00000000");
        assertEquals(200, forest.statusCode(), forest.body());
        assertEquals("L", Http.json(forest).get("rightLetter").get("letter").asText());
    }

    @Test
    void anIndustrialParcelIsRegistered() {
        String body =
                "{\"type\":\"first\",\"unitCode\":\"330106003005GB00902W00000000\",\"parties\":[{\"name\":\"杭州测试制造有限公司\","
                        + "\"idType\":\"uscc\",\"idNumber\":\"91350100M000100Y43\",\"role\":\"holder\",\"share\":\"1\"}],"
                        + "\"unit\":{\"kind\":\"parcel\",\"use\":\"0601\",\"statedArea\":500,\"location\":\"杭州市西湖区文苑路902号\","
                        + "\"footprint\":{\"type\":\"Polygon\",\"coordinates\":[[[511000,3346900],[511050,3346900],"
                        + "[511050,3346910],[511000,3346910],[511000,3346900]]]}}}";
        HttpResponse<String> submitted = http.as("officer").postJson("/api/v1/cases", body);
        assertEquals(201, submitted.statusCode(), submitted.body());
    }

    @Test
    void anUnknownTableIsA404WithACode() {
        HttpResponse<String> response = http.get("/api/v1/code-tables/colours");
        assertEquals(404, response.statusCode(), response.body());
        assertEquals("code-table-not-found", Http.json(response).get("code").asText());
    }
}
