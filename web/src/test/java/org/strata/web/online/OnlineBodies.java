package org.strata.web.online;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.strata.data.demo.DemoData;
import org.strata.data.demo.DemoOnline;
import org.strata.registry.party.Party;
import org.strata.web.Http;

/** The demo parties' application bodies and the steps of online registration as HTTP calls, for the tests. */
final class OnlineBodies {
    static final String OWNER_NAME = "陈静";

    private OnlineBodies() {}

    /** The demo owner's flat held alone, as the owner's own units list shows it. */
    static String ownersFlat(Http owner) {
        JsonNode units = Http.json(owner.get("/api/v1/me/units")).get("units");
        for (JsonNode unit : units) {
            JsonNode holders = unit.get("holders");
            if (holders.size() == 1 && holders.get(0).get("idNumber").asText().equals(DemoData.DEMO_OWNER_ID_NUMBER)) {
                return unit.get("unitCode").asText();
            }
        }
        throw new AssertionError("the demo owner holds no flat alone: " + units);
    }

    static String party(String role, Party p, String share) {
        return "{\"role\":\"" + role + "\",\"name\":\"" + p.name() + "\",\"idType\":\""
                + p.idType().wireName()
                + "\",\"idNumber\":\"" + p.idNumber() + "\"" + (share == null ? "" : ",\"share\":\"" + share + "\"")
                + "}";
    }

    static String owner(String role, String share) {
        return "{\"role\":\"" + role + "\",\"name\":\"" + OWNER_NAME + "\",\"idType\":\"resident-id\",\"idNumber\":\""
                + DemoData.DEMO_OWNER_ID_NUMBER + "\"" + (share == null ? "" : ",\"share\":\"" + share + "\"") + "}";
    }

    static String application(String type, String unit, String parties, String details) {
        return "{\"type\":\"" + type + "\",\"unitCode\":\"" + unit + "\",\"parties\":[" + parties + "],\"details\":{"
                + details + "}}";
    }

    /** The bank's mortgage of the owner's flat for {@code amount}, citing the shared loan contract. */
    static String mortgage(String unit, String amount) {
        return application(
                "mortgage",
                unit,
                owner("mortgagor", null) + "," + party("mortgagee", DemoOnline.BANK, null),
                "\"subtype\":\"1\",\"amount\":\"" + amount + "\",\"term\":\"2026-12-01/2046-11-30\","
                        + "\"loanContract\":\"" + DemoOnline.LOAN + "\"");
    }

    /** The owner's transfer of the flat to the buyer. */
    static String transfer(String unit) {
        return application(
                "transfer", unit, owner("transferor", "1") + "," + party("transferee", DemoOnline.BUYER, "1"), "");
    }

    /** Posts and expects a status, returning the body. */
    static JsonNode expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return Http.json(response);
    }

    /** Files an application and expects 201. */
    static JsonNode file(Http as, String body, String... headers) {
        return expect(201, as.postJson("/api/v1/applications", body, headers));
    }

    /** A step of an application (consent, accept, approve…) with a body, expecting 200. */
    static JsonNode step(Http as, String id, String step, String body) {
        return expect(200, as.postJson("/api/v1/applications/" + id + "/" + step, body));
    }

    /** The steps of a timeline, as "step by". */
    static List<String> timeline(JsonNode application) {
        List<String> steps = new ArrayList<>();
        application
                .get("timeline")
                .forEach(s ->
                        steps.add(s.get("step").asText() + " " + s.get("by").asText()));
        return steps;
    }

    /** The path of a certificate under /api/v1/certificates. */
    static String certificatePath(String number) {
        return "/api/v1/certificates/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
