package org.strata.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.Http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.data.demo.DemoProject;
import org.strata.data.demo.SampleOptions;
import org.strata.data.demo.SamplePackages;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.survey.Stage;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * The demo project through merged surveying over HTTP, as its users meet it: the surveyor uploads each stage's
 * package, registration reuses the parcel survey and gets pre-filled cases at completion, a 5 % area change is
 * listed as a warning and waived, overlapping units are rejected, and departments see only their parts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyWorkflowTest {
    @TempDir
    static Path folder;

    private StrataServer server;
    private Http surveyor;
    private Http officer;
    private final Map<Stage, String> accepted = new HashMap<>();

    @BeforeAll
    void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        Http http = new Http(server.uri());
        surveyor = http.as("surveyor");
        officer = http.as("officer");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    static byte[] sample(Stage stage, SampleOptions options) {
        return SamplePackages.write(
                stage, DemoProject.siteOrigin(GridTransform.epsg4549(), DemoAreaGenerator.DEFAULT_SIZE), options);
    }

    private HttpResponse<String> upload(Stage stage, byte[] zip) {
        return surveyor.postBytes(
                "/api/v1/commissions/" + DemoProject.commissionId(stage) + "/packages", "application/zip", zip);
    }

    private JsonNode uploadAccepted(Stage stage, byte[] zip) {
        HttpResponse<String> r = upload(stage, zip);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = json(r);
        accepted.put(stage, body.get("id").asText());
        return body;
    }

    @Test
    @Order(1)
    void theSurveyorSeesTheFirmsCommissions() {
        JsonNode list = json(surveyor.get("/api/v1/commissions"));
        assertEquals(3, list.size());
        Set<String> stages = new HashSet<>();
        list.forEach(c -> {
            stages.add(c.get("stage").asText());
            assertEquals(DemoProject.CODE, c.get("projectCode").asText());
            assertEquals(DemoProject.FIRM_ID, c.get("firm").asText());
        });
        assertEquals(Set.of("land-supply", "construction", "completion"), stages);
        assertEquals(
                0,
                json(new Http(server.uri()).as("surveyor2").get("/api/v1/commissions"))
                        .size());
    }

    @Test
    @Order(2)
    void landSupplyIsAcceptedAndRegistrationReusesTheParcelSurvey() {
        JsonNode body = uploadAccepted(Stage.LAND_SUPPLY, sample(Stage.LAND_SUPPLY, SampleOptions.plain()));
        assertEquals("accepted", body.get("status").asText(), body.toString());
        assertEquals(1, body.get("version").asInt());
        assertEquals(0, body.get("report").get("errors").asInt(), body.toString());
        assertTrue(body.get("report").get("ruleSet").asText().startsWith("strata-survey-rules 2026.1"));

        String application = "{\"type\":\"first\",\"unitCode\":\"" + DemoProject.PARCEL_CODE + "W00000000\","
                + "\"parties\":[{\"role\":\"holder\",\"name\":\"杭州之江置业有限公司 (demo)\",\"idType\":\"uscc\","
                + "\"idNumber\":\"" + DemoProject.project().builderId() + "\"}]}";
        HttpResponse<String> submitted = officer.postJson("/api/v1/cases", application);
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonNode c =
                json(officer.get("/api/v1/cases/" + json(submitted).get("id").asText()));
        assertEquals("survey-reuse", c.get("details").get("origin").asText());
        assertEquals(
                accepted.get(Stage.LAND_SUPPLY),
                c.get("details").get("surveyPackage").asText());
        assertEquals(8000.0, c.get("unit").get("statedAreaSquareMetres").asDouble(), 1e-9);
        JsonNode entries = json(officer.get("/api/v1/packages/" + accepted.get(Stage.LAND_SUPPLY) + "/entries"));
        JsonNode reuse = find(entries, "kind", "reuse");
        assertEquals("data/parcels.geojson", reuse.get("subject").asText(), "recorded on the original part");
        assertTrue(reuse.get("text").asText().contains("boundary points and area pass"), reuse.toString());
        HttpResponse<String> recorded =
                officer.postJson("/api/v1/cases/" + c.get("id").asText() + "/record", "{\"approve\":true}");
        assertEquals(200, recorded.statusCode(), recorded.body());
    }

    @Test
    @Order(3)
    void constructionIsAccepted() {
        JsonNode body = uploadAccepted(Stage.CONSTRUCTION, sample(Stage.CONSTRUCTION, SampleOptions.plain()));
        assertEquals("accepted", body.get("status").asText(), body.toString());
    }

    @Test
    @Order(4)
    void completionIsAcceptedAndOpensAPrefilledCaseForEveryUnit() {
        JsonNode body = uploadAccepted(Stage.COMPLETION, sample(Stage.COMPLETION, SampleOptions.plain()));
        assertEquals("accepted", body.get("status").asText(), body.toString());
        JsonNode cases = json(officer.get("/api/v1/cases?origin=survey"));
        assertEquals(13, cases.size(), "one case per as-built unit: 12 flats and the garage");
        for (JsonNode c : cases) {
            assertEquals("first", c.get("type").asText());
            assertEquals("survey", c.get("details").get("origin").asText());
            assertEquals("0", c.get("details").get("attachments").asText(), "the applicant attached nothing");
            JsonNode unit = c.get("unit");
            boolean garage = unit.get("floor").asInt() < 0;
            assertEquals(
                    garage ? 600.0 : 300.0, unit.get("buildingAreaSquareMetres").asDouble(), 1e-9);
            assertEquals(
                    garage ? 600.0 * 4 : 300.0 * 3,
                    unit.get("volumeCubicMetres").asDouble(),
                    1e-6);
            assertEquals(0, c.get("findings").size(), c.toString());
            assertEquals(
                    garage ? "80" : unit.get("floor").asInt() == 1 ? "31" : "11",
                    unit.get("use").asText(),
                    "each unit's use is the surveyed one");
        }
        JsonNode building = json(officer.get("/ogc/collections/buildings/items/" + DemoProject.BUILDING_CODE));
        assertEquals(
                "11",
                building.get("properties").get("use").asText(),
                "the building takes the use of most of its floor area: 10 flats over 2 shops and a garage");
        HttpResponse<String> recorded =
                officer.postJson("/api/v1/cases/" + cases.get(1).get("id").asText() + "/record", "{\"approve\":true}");
        assertEquals(200, recorded.statusCode(), recorded.body());
    }

    @Test
    @Order(5)
    void aFivePercentAreaChangeIsListedAndNeedsAWaiver() {
        SampleOptions v2 =
                SampleOptions.plain().withAreaFactor(1.05).superseding(2, accepted.get(Stage.COMPLETION), "re-survey");
        HttpResponse<String> r = upload(Stage.COMPLETION, sample(Stage.COMPLETION, v2));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals("awaiting-waiver", body.get("status").asText());
        assertEquals(2, body.get("version").asInt());
        int warned = 0;
        for (JsonNode result : body.get("report").get("results")) {
            if (result.get("rule").asText().equals("measure.unit-area-change")) {
                warned++;
                assertEquals("warning", result.get("severity").asText());
                assertEquals("5.0 %", result.get("measured").asText());
                assertEquals("±3.0 %", result.get("limit").asText());
            }
        }
        assertEquals(12, warned, "every flat above ground is 5 % larger than predicted");
        String id = body.get("id").asText();
        Http housing = new Http(server.uri()).as("housing");
        HttpResponse<String> waived = housing.postJson(
                "/api/v1/packages/" + id + "/waivers",
                "{\"rule\":\"measure.unit-area-change\",\"reason\":\"buyers informed; contracts amended\"}");
        assertEquals(200, waived.statusCode(), waived.body());
        assertEquals("accepted", json(waived).get("status").asText());
        accepted.put(Stage.COMPLETION, id);
    }

    @Test
    @Order(6)
    void overlappingUnitsAreRejectedNamingTheUnitsAndTheVolume() {
        SampleOptions v3 =
                SampleOptions.plain().withOverlap().superseding(3, accepted.get(Stage.COMPLETION), "correction");
        HttpResponse<String> r = upload(Stage.COMPLETION, sample(Stage.COMPLETION, v3));
        assertEquals(422, r.statusCode(), r.body());
        JsonNode report = json(r).get("report");
        assertEquals("rejected", report.get("verdict").asText());
        JsonNode overlap = find(report.get("results"), "rule", "measure.unit-overlap");
        String prefix = DemoProject.BUILDING_CODE.substring(0, 24);
        assertEquals(
                List.of(prefix + "0101", prefix + "0102"),
                List.of(
                        overlap.get("features").get(0).asText(),
                        overlap.get("features").get(1).asText()));
        assertEquals("120.0 m³", overlap.get("measured").asText(), "2 m × 20 m × 3 m");
        JsonNode versions =
                json(surveyor.get("/api/v1/commissions/" + DemoProject.commissionId(Stage.COMPLETION) + "/packages"));
        assertEquals(2, versions.size(), "the rejected package stored nothing but its report");
        String reportId = report.get("id").asText();
        assertEquals(
                200, surveyor.get("/api/v1/packages/" + reportId + "/report").statusCode());
    }

    @Test
    @Order(7)
    void theCivilAirDefenceViewShowsOnlyItsParts() {
        Http defence = new Http(server.uri()).as("defence");
        HttpResponse<String> r = defence.get(
                "/api/v1/departments/civil-air-defence/results?project=" + DemoProject.CODE + "&purpose=acceptance");
        assertEquals(200, r.statusCode(), r.body());
        Set<String> paths = new HashSet<>();
        for (JsonNode p : json(r).get("packages")) {
            for (JsonNode part : p.get("parts")) {
                paths.add(p.get("stage").asText() + ":" + part.get("path").asText());
                assertTrue(part.get("kind").asText().equals("civil-defence"), part.toString());
            }
        }
        assertEquals(Set.of("construction:tables/civil-defence.csv", "completion:tables/civil-defence.csv"), paths);
        String completion = accepted.get(Stage.COMPLETION);
        HttpResponse<String> csv = defence.get("/api/v1/departments/civil-air-defence/packages/" + completion
                + "/parts/tables/civil-defence.csv?purpose=acceptance");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("space,area"));
        assertEquals(
                403,
                defence.get("/api/v1/departments/civil-air-defence/packages/" + completion
                                + "/parts/tables/unit-areas.csv")
                        .statusCode());
        assertEquals(
                403,
                defence.get("/api/v1/departments/registration/results?project=" + DemoProject.CODE)
                        .statusCode());
        JsonNode entries = json(officer.get("/api/v1/packages/" + completion + "/entries"));
        long reads = 0;
        for (JsonNode e : entries) {
            if (e.get("kind").asText().equals("read") && e.get("actor").asText().equals("defence")) {
                reads++;
            }
        }
        assertEquals(2, reads, "the view and the part download are both logged");
        HttpResponse<String> review = defence.postJson(
                "/api/v1/departments/civil-air-defence/reviews",
                "{\"package\":\"" + completion + "\",\"item\":\"civil-air-defence\",\"decision\":\"approved\"}");
        assertEquals(201, review.statusCode(), review.body());
    }

    @Test
    @Order(8)
    void anInspectionDrawReplaysFromItsSeed() {
        String body = "{\"packages\":2,\"inspectors\":[\"质检员甲\",\"质检员乙\",\"质检员丙\"],\"seed\":\"20261127\"}";
        HttpResponse<String> drawn = officer.postJson("/api/v1/inspections/draws", body);
        assertEquals(201, drawn.statusCode(), drawn.body());
        JsonNode draw = json(drawn);
        JsonNode replay =
                json(officer.get("/api/v1/inspections/draws/" + draw.get("id").asText() + "/replay"));
        assertTrue(replay.get("matchesStored").asBoolean());
        assertEquals(draw.get("packages"), replay.get("packages"));
        assertEquals(draw.get("inspectors"), replay.get("inspectors"));
        JsonNode other = json(officer.postJson("/api/v1/inspections/draws", body.replace("20261127", "7")));
        assertFalse(
                other.get("packages").equals(draw.get("packages"))
                        && other.get("inspectors").equals(draw.get("inspectors")),
                "another seed draws otherwise (for these seeds)");
        String drawnPackage = draw.get("packages").get(0).asText();
        HttpResponse<String> failed = officer.postJson(
                "/api/v1/inspections/draws/" + draw.get("id").asText() + "/results",
                "{\"package\":\"" + drawnPackage + "\",\"checkPoints\":20,\"grossErrors\":1,\"errors\":2}");
        assertEquals(201, failed.statusCode(), failed.body());
        assertEquals("fail", json(failed).get("grade").asText());
        JsonNode firm = json(officer.get("/api/v1/firms/" + DemoProject.FIRM_ID));
        assertTrue(firm.get("credit").toString().contains("failed-inspection"), firm.toString());
        assertTrue(firm.get("credit").toString().contains("rejected-package"), firm.toString());
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}
