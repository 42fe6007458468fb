package org.strata.web.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.strata.web.Http;

/** An officer signed in to a running Strata, submitting and recording cases over HTTP as a client would. */
final class Officer {
    private final Http http;
    private final String bearer;

    Officer(Http http) {
        this.http = http;
        JsonNode token = Http.json(http.postJson("/auth/token", "{\"username\":\"officer\",\"password\":\"demo\"}"));
        this.bearer = "Bearer " + token.get("access_token").asText();
    }

    HttpResponse<String> submit(String json) {
        return http.postJson("/api/v1/cases", json, "Authorization", bearer);
    }

    HttpResponse<String> post(String path, String json) {
        return http.postJson(path, json, "Authorization", bearer);
    }

    HttpResponse<String> get(String path) {
        return http.get(path, "Authorization", bearer);
    }

    /** Submits and records in one go; returns the record response. */
    HttpResponse<String> submitAndRecord(String json) {
        HttpResponse<String> submitted = submit(json);
        if (submitted.statusCode() != 201) {
            throw new AssertionError("submission refused: " + submitted.body());
        }
        return post("/api/v1/cases/" + Http.json(submitted).get("id").asText() + "/record", "{\"approve\": true}");
    }

    /** Records and expects success; returns the event id. */
    String record(String json) {
        HttpResponse<String> recorded = submitAndRecord(json);
        if (recorded.statusCode() != 200) {
            throw new AssertionError("recording refused: " + recorded.body());
        }
        return Http.json(recorded).get("eventId").asText();
    }

    JsonNode unit(String code, String query) {
        return Http.json(get("/api/v1/units/" + code + (query.isEmpty() ? "?" : query + "&") + "purpose=case"));
    }
}
