package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.register.Cases.ALICE;
import static org.strata.web.register.Cases.BANK;
import static org.strata.web.register.Cases.BOB;
import static org.strata.web.register.Cases.COURT;
import static org.strata.web.register.Cases.UNIT;
import static org.strata.web.register.Cases.application;
import static org.strata.web.register.Cases.party;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.port.MutableClock;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * A unit's life over HTTP: first registration, mortgage, seizure, a transfer refused while seized, release,
 * the transfer recorded, the mortgage cancelled, the first registration's area corrected — with history,
 * asOf and validAt checked at every step. One day passes on the service's clock between steps.
 */
class RegistrationWalkthroughTest {
    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T02:00:00Z"));
    private final List<Instant> stepTimes = new ArrayList<>();
    private Officer officer;

    private void nextDay() {
        stepTimes.add(clock.advance(Duration.ofDays(1)));
    }

    private JsonNode now() {
        return officer.unit(UNIT, "");
    }

    private JsonNode asOf(int step) {
        return officer.unit(UNIT, "?asOf=" + stepTimes.get(step).plus(Duration.ofHours(1)));
    }

    private JsonNode validAt(int step) {
        return officer.unit(UNIT, "?validAt=" + stepTimes.get(step).plus(Duration.ofHours(1)));
    }

    private static List<String> holders(JsonNode state) {
        List<String> names = new ArrayList<>();
        state.get("holders").forEach(h -> names.add(h.get("name").asText()));
        return names;
    }

    private int historySize() {
        return Http.json(officer.get("/api/v1/units/" + UNIT + "/history"))
                .get("events")
                .size();
    }

    @Test
    void aUnitThroughItsLife() throws Exception {
        try (StrataServer server = StrataServer.start(DemoServer.embedded(folder, true), clock)) {
            officer = new Officer(new Http(server.uri()));

            nextDay(); // 0: first registration
            HttpResponse<String> first = officer.submitAndRecord(Cases.firstRegistration());
            assertEquals(200, first.statusCode(), first.body());
            JsonNode recorded = Http.json(first);
            String firstEvent = recorded.get("eventId").asText();
            assertTrue(recorded.get("certificateNo").asText().contains("不动产权"), recorded.toString());
            assertEquals(List.of("张丽"), holders(now()));
            assertEquals("500", now().get("naturalStatus").get("statedArea").asText());
            assertEquals(firstEvent, now().get("rights").get(0).get("eventId").asText());
            assertEquals(1, historySize());

            nextDay(); // 1: mortgage
            String mortgage = officer.record(application(
                    "mortgage",
                    UNIT,
                    party(ALICE, "mortgagor", null) + "," + party(BANK, "mortgagee", null),
                    "\"subtype\":\"1\",\"amount\":\"1200000\",\"term\":\"2026-02-03/2046-02-03\""));
            JsonNode mortgaged = now();
            assertEquals(
                    mortgage,
                    mortgaged
                            .get("restrictions")
                            .get("mortgages")
                            .get(0)
                            .get("eventId")
                            .asText());
            assertEquals(
                    1,
                    mortgaged
                            .get("restrictions")
                            .get("mortgages")
                            .get(0)
                            .get("rank")
                            .asInt());
            assertTrue(mortgaged.get("flags").get("mortgaged").asBoolean());

            nextDay(); // 2: seizure
            String seizure = officer.record(application(
                    "seizure",
                    UNIT,
                    party(COURT, "court", null),
                    "\"subtype\":\"1\",\"courtOrder\":\"(2026)浙0106执123号\""));
            assertEquals(
                    seizure,
                    now().get("restrictions").get("seizure").get("eventId").asText());

            nextDay(); // 3: a transfer, refused while seized
            String transfer = application(
                    "transfer", UNIT, party(ALICE, "transferor", "1") + "," + party(BOB, "transferee", "1"), "");
            HttpResponse<String> submitted = officer.submit(transfer);
            assertEquals(201, submitted.statusCode(), submitted.body());
            JsonNode findings = Http.json(submitted).get("findings");
            assertEquals("seized", findings.get(0).get("code").asText());
            String transferCase = Http.json(submitted).get("id").asText();
            HttpResponse<String> refused =
                    officer.post("/api/v1/cases/" + transferCase + "/record", "{\"approve\":true}");
            assertEquals(409, refused.statusCode(), refused.body());
            JsonNode blocker = Http.json(refused).get("blockers").get(0);
            assertEquals("seized", blocker.get("code").asText());
            assertEquals(seizure, blocker.get("eventId").asText());
            assertEquals(UNIT, blocker.get("unitCode").asText());
            assertEquals(List.of("张丽"), holders(now()));
            assertEquals(3, historySize());

            nextDay(); // 4: the seizure released
            officer.record(
                    application("seizure-release", UNIT, party(COURT, "court", null), "\"ends\":\"" + seizure + "\""));
            assertTrue(now().get("restrictions").get("seizure").isNull());

            nextDay(); // 5: the same approved transfer case is recorded now
            HttpResponse<String> transferred = officer.post("/api/v1/cases/" + transferCase + "/record", "{}");
            assertEquals(200, transferred.statusCode(), transferred.body());
            String transferEvent = Http.json(transferred).get("eventId").asText();
            assertEquals(List.of("李强"), holders(now()));
            assertEquals(
                    transferEvent, now().get("rights").get(0).get("eventId").asText());

            nextDay(); // 6: the mortgage cancelled
            officer.record(application(
                    "mortgage-cancellation", UNIT, party(BANK, "mortgagee", null), "\"ends\":\"" + mortgage + "\""));
            assertEquals(0, now().get("restrictions").get("mortgages").size());

            nextDay(); // 7: the first registration's area corrected
            String correction = officer.record(application(
                    "correction",
                    UNIT,
                    party(BOB, "applicant", null),
                    "\"corrects\":\"" + firstEvent + "\",\"statedArea\":\"520\",\"reason\":\"survey error\""));
            assertEquals("520", now().get("naturalStatus").get("statedArea").asText());

            // history keeps everything, the correction pointing at what it corrects
            JsonNode events =
                    Http.json(officer.get("/api/v1/units/" + UNIT + "/history")).get("events");
            List<String> types = new ArrayList<>();
            events.forEach(e -> types.add(e.get("type").asText()));
            assertEquals(
                    List.of(
                            "first",
                            "mortgage",
                            "seizure",
                            "seizure-release",
                            "transfer",
                            "mortgage-cancellation",
                            "correction"),
                    types);
            assertEquals(firstEvent, events.get(6).get("corrects").asText());
            assertEquals("500", events.get(0).get("details").get("statedArea").asText());
            assertEquals(correction, events.get(6).get("id").asText());

            // as registered at each step
            assertEquals("500", asOf(0).get("naturalStatus").get("statedArea").asText());
            assertEquals(List.of("张丽"), holders(asOf(0)));
            assertEquals(0, asOf(0).get("restrictions").get("mortgages").size());
            assertEquals(1, asOf(1).get("restrictions").get("mortgages").size());
            assertEquals(
                    seizure,
                    asOf(2).get("restrictions").get("seizure").get("eventId").asText());
            assertEquals(List.of("张丽"), holders(asOf(3)));
            assertTrue(asOf(4).get("restrictions").get("seizure").isNull());
            assertEquals(List.of("李强"), holders(asOf(5)));
            assertEquals(1, asOf(5).get("restrictions").get("mortgages").size());
            assertEquals(0, asOf(6).get("restrictions").get("mortgages").size());
            assertEquals("500", asOf(6).get("naturalStatus").get("statedArea").asText());
            assertEquals("520", asOf(7).get("naturalStatus").get("statedArea").asText());

            // as legally valid: the correction applies from the first registration's validity on
            assertEquals(
                    "520", validAt(0).get("naturalStatus").get("statedArea").asText());
            assertEquals(List.of("张丽"), holders(validAt(3)));
            assertEquals(List.of("李强"), holders(validAt(6)));
            assertEquals(
                    "520",
                    officer.unit(UNIT, "?validAt=2026-02-03")
                            .get("naturalStatus")
                            .get("statedArea")
                            .asText());
            JsonNode beforeRecording = officer.unit(UNIT, "?asOf=2026-01-10");
            assertFalse(beforeRecording.get("registered").asBoolean(), "nothing was registered by then");
            assertEquals(0, beforeRecording.get("eventCount").asInt());
            assertEquals(7, historySize());
            assertTrue(Http.json(officer.get("/api/v1/register/verify"))
                    .get("intact")
                    .asBoolean());
        }
    }
}
