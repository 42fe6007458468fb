package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * A client whose answer to a recording was lost (a store or network fault) retries it: the retry is answered as the
 * first was, with the same event, and nothing is recorded twice.
 */
class IdempotentRecordingTest {
    @TempDir
    Path folder;

    @Test
    void aRetriedRecordingAnswersTheSameEventAndRecordsNothingMore() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            HttpResponse<String> submitted = officer.submit(Cases.firstRegistration());
            String id = Http.json(submitted).get("id").asText();
            HttpResponse<String> first = officer.post("/api/v1/cases/" + id + "/record", "{\"approve\":true}");
            HttpResponse<String> retry = officer.post("/api/v1/cases/" + id + "/record", "{\"approve\":true}");
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(200, retry.statusCode(), retry.body());
            JsonNode a = Http.json(first);
            JsonNode b = Http.json(retry);
            assertEquals(a.get("eventId").asText(), b.get("eventId").asText());
            assertEquals(a.get("certificateNo").asText(), b.get("certificateNo").asText());
            JsonNode history = Http.json(officer.get("/api/v1/units/" + Cases.UNIT + "/history"));
            assertEquals(1, history.get("events").size(), "recorded once");
        }
    }
}
