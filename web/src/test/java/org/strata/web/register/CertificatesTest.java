package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.register.Cases.ALICE;
import static org.strata.web.register.Cases.BANK;
import static org.strata.web.register.Cases.UNIT;
import static org.strata.web.register.Cases.application;
import static org.strata.web.register.Cases.party;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Certificates as an officer and a holder meet them: numbered in the national format, titles and proofs each a
 * series of their own per office and year, served to officers (and holders) with the unit as registered, refused
 * to anyone else.
 */
class CertificatesTest {
    @TempDir
    Path folder;

    @Test
    void titlesAndProofsAreNumberedInTheirOwnSeriesAndServedToOfficers() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Officer officer = new Officer(http);
            JsonNode first = Http.json(officer.submitAndRecord(Cases.firstRegistration()));
            JsonNode mortgage = Http.json(officer.submitAndRecord(application(
                    "mortgage",
                    UNIT,
                    party(ALICE, "mortgagor", null) + "," + party(BANK, "mortgagee", null),
                    "\"subtype\":\"1\",\"amount\":\"1200000\",\"term\":\"2026-02-03/2046-02-03\"")));
            String title = first.get("certificateNo").asText();
            String proof = mortgage.get("certificateNo").asText();
            assertTrue(title.matches("浙\\(20\\d\\d\\)杭州市不动产权第\\d{7}号"), title);
            assertTrue(proof.matches("浙\\(20\\d\\d\\)杭州市不动产证明第\\d{7}号"), proof);
            assertEquals(
                    Long.parseLong(proof.substring(proof.indexOf('第') + 1, proof.indexOf('号'))),
                    1L,
                    "the demo load issues no proofs, so this is the year's first proof: " + proof);

            HttpResponse<String> shown = officer.get("/api/v1/certificates/" + encode(title));
            assertEquals(200, shown.statusCode(), shown.body());
            JsonNode certificate = Http.json(shown);
            assertEquals("title-certificate", certificate.get("kind").asText());
            assertEquals(
                    first.get("eventId").asText(), certificate.get("eventId").asText());
            assertEquals(
                    "张丽",
                    certificate.get("unit").get("holders").get(0).get("name").asText());
            assertTrue(shown.headers().firstValue("X-Query-Receipt").isPresent(), "the query is recorded");

            HttpResponse<String> citizen = http.as("citizen").get("/api/v1/certificates/" + encode(title));
            assertEquals(403, citizen.statusCode(), citizen.body());
            assertEquals("certificate-not-yours", Http.json(citizen).get("code").asText());
            HttpResponse<String> unknown =
                    officer.get("/api/v1/certificates/" + encode(title.replaceAll("第\\d{7}号", "第9999999号")));
            assertEquals(404, unknown.statusCode(), unknown.body());
            HttpResponse<String> garbage = officer.get("/api/v1/certificates/12345");
            assertEquals(400, garbage.statusCode(), garbage.body());
            assertEquals(
                    "invalid-certificate-number", Http.json(garbage).get("code").asText());
        }
    }

    private static String encode(String number) {
        return URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
