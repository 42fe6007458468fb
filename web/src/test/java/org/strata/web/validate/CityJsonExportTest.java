package org.strata.web.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.geo.io.CityJson;
import org.strata.geo.model.Solid;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * CityJSON 2.0 out, as a 3D GIS user meets it: a box of the demo area as CityJSON and as CityJSONSeq, every solid
 * valid to Strata's own solid validator, read back by the CityJSON import to the same objects, the transform and
 * CRS set, and every registered volume of the box accounted for.
 */
class CityJsonExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BBOX = "120.1270,30.2570,120.1305,30.2605";

    @TempDir
    Path folder;

    @Test
    void aBoxExportsAsValidCityJsonAndSeqThatReadBack() throws Exception {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http officer = new Http(server.uri()).as("officer");
            HttpResponse<String> response = officer.get("/api/v1/cityjson?purpose=case&bbox=" + BBOX);
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/city+json"));
            assertTrue(response.headers().firstValue("X-Query-Receipt").isPresent(), "the query is recorded");
            JsonNode doc = JSON.readTree(response.body());
            assertEquals("CityJSON", doc.get("type").asText());
            assertEquals("2.0", doc.get("version").asText());
            assertEquals(3, doc.at("/transform/scale").size());
            assertEquals(
                    "https://www.opengis.net/def/crs/EPSG/0/4549",
                    doc.at("/metadata/referenceSystem").asText());
            assertEquals(List.of(), CityJson20Rules.ofDocument(doc, false), "CityJSON 2.0's requirements");

            Map<String, List<org.strata.geo.op.validity.ValidityError>> errors =
                    CityJsonSolids.validate(response.body());
            assertTrue(errors.size() > 10, "volumes in the box: " + errors.size());
            errors.forEach((id, e) -> assertEquals(List.of(), e, id + " is a valid solid"));

            Map<String, Solid> read = CityJson.solids(JSON.readValue(response.body(), Map.class));
            assertEquals(errors.keySet(), read.keySet(), "the import reads back every object");
            JsonNode first = doc.get("CityObjects").fields().next().getValue();
            assertTrue(first.at("/attributes/unitCode").asText().matches("\\d{12}[A-Z]{2}\\d{5}[A-Z]\\d{8}"));

            long matched = Http.json(officer.get("/ogc/collections/rights/items?limit=1&bbox=" + BBOX))
                    .get("numberMatched")
                    .asLong();
            assertEquals(
                    matched,
                    read.size() + doc.at("/metadata/openVolumesLeftOut").asLong(),
                    "every registered volume of the box is a solid or counted as open");

            HttpResponse<String> seq = officer.get("/api/v1/cityjson?purpose=case&f=jsonl&bbox=" + BBOX);
            assertEquals(200, seq.statusCode(), seq.body());
            List<String> lines = seq.body().lines().toList();
            assertEquals(read.size() + 1, lines.size(), "a header and a feature per object");
            JsonNode header = JSON.readTree(lines.get(0));
            assertEquals("CityJSON", header.get("type").asText());
            assertEquals(List.of(), CityJson20Rules.ofDocument(header, true), "the first line meets CityJSON 2.0");
            for (String line : lines.subList(1, lines.size())) {
                JsonNode feature = JSON.readTree(line);
                assertEquals("CityJSONFeature", feature.get("type").asText());
                assertEquals(List.of(), CityJson20Rules.ofFeature(feature), "a CityJSONFeature of CityJSON 2.0");
                // a feature is read with the header's transform, as a CityJSONSeq reader does
                Map<String, Object> single = JSON.convertValue(header, Map.class);
                single.put("CityObjects", JSON.convertValue(feature.get("CityObjects"), Map.class));
                single.put("vertices", JSON.convertValue(feature.get("vertices"), List.class));
                Map<String, Solid> one = CityJson.solids(single);
                String id = feature.get("id").asText();
                assertEquals(read.get(id), one.get(id), id + " reads the same from the sequence");
            }
            assertEquals(
                    401,
                    new Http(server.uri())
                            .get("/api/v1/cityjson?purpose=case&bbox=" + BBOX)
                            .statusCode());
        }
    }
}
