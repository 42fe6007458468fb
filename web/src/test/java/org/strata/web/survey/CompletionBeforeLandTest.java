package org.strata.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.Http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.demo.DemoProject;
import org.strata.data.demo.SampleOptions;
import org.strata.registry.survey.Stage;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * A completion package accepted before the land is registered opens no case and says why on the package; recording
 * the land's first registration then opens them.
 */
class CompletionBeforeLandTest {
    @TempDir
    Path folder;

    @Test
    void casesWaitForTheLandAndTheDeferralIsRecorded() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http surveyor = http.as("surveyor");
            String completion = null;
            for (Stage stage : Stage.values()) {
                HttpResponse<String> r = surveyor.postBytes(
                        "/api/v1/commissions/" + DemoProject.commissionId(stage) + "/packages",
                        "application/zip",
                        SurveyWorkflowTest.sample(stage, SampleOptions.plain()));
                assertEquals(201, r.statusCode(), r.body());
                completion = json(r).get("id").asText();
            }
            Http officer = http.as("officer");
            assertEquals(0, json(officer.get("/api/v1/cases?origin=survey")).size());
            JsonNode deferred = SurveyWorkflowTest.find(
                    json(officer.get("/api/v1/packages/" + completion + "/entries")), "decision", "deferred");
            assertEquals(DemoProject.PARCEL_CODE, deferred.get("subject").asText());
            assertTrue(
                    server.store()
                            .building(org.strata.registry.unit.UnitCode.parse(DemoProject.BUILDING_CODE))
                            .isEmpty(),
                    "nothing half-written: the building waits with its cases");

            String land = "{\"type\":\"first\",\"unitCode\":\"" + DemoProject.PARCEL_CODE + "W00000000\","
                    + "\"parties\":[{\"role\":\"holder\",\"name\":\"杭州之江置业有限公司 (demo)\","
                    + "\"idType\":\"uscc\",\"idNumber\":\""
                    + DemoProject.project().builderId() + "\"}]}";
            String caseId =
                    json(officer.postJson("/api/v1/cases", land)).get("id").asText();
            assertEquals(
                    200,
                    officer.postJson("/api/v1/cases/" + caseId + "/record", "{\"approve\":true}")
                            .statusCode());
            assertEquals(
                    13,
                    json(officer.get("/api/v1/cases?origin=survey")).size(),
                    "recording the land opens the cases that waited for it");
        }
    }
}
