package org.strata.web.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.online.OnlineBodies.expect;
import static org.strata.web.online.OnlineBodies.file;
import static org.strata.web.online.OnlineBodies.ownersFlat;
import static org.strata.web.online.OnlineBodies.step;
import static org.strata.web.online.OnlineBodies.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.port.MutableClock;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * The statutory limit as the officers' worklist shows it: an application accepted on a Monday is past the one-day
 * target on Wednesday, and overdue after 30 working days — listed with {@code overdue=true}, soonest deadline first —
 * while the days it waited for the applicant's correction are not counted.
 */
class TimeLimitsHttpTest {
    @TempDir
    Path folder;

    @Test
    void anApplicationLeftUnansweredBecomesOverdueAndIsListedSo() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z")); // Monday 10:00 in Hangzhou
        try (StrataServer server = StrataServer.start(DemoServer.embedded(folder, true), clock)) {
            Http http = new Http(server.uri());
            Http owner = http.as("owner");
            Http officer = http.as("officer");
            JsonNode rules = expect(200, officer.get("/api/v1/applications/rules"));
            assertEquals(30, rules.get("statutoryWorkingDays").asInt());
            assertEquals(1, rules.get("targetWorkingDays").asInt());
            assertEquals(4, rules.get("standardCases").size());
            assertTrue(rules.get("statutoryBasis").asText().contains("art. 20"));
            String id = file(owner, transfer(ownersFlat(owner))).get("id").asText();
            step(http.as("buyer"), id, "consent", "");
            JsonNode accepted = step(officer, id, "accept", "");
            assertEquals(
                    "2026-12-08T16:00:00Z",
                    accepted.at("/timeLimits/targetDeadline").asText(),
                    "end of Tuesday");
            assertEquals(
                    "2027-01-19T16:00:00Z",
                    accepted.at("/timeLimits/statutoryDeadline").asText());

            clock.advance(Duration.ofDays(2)); // Wednesday
            JsonNode wednesday = expect(200, officer.get("/api/v1/applications/" + id));
            assertTrue(wednesday.at("/timeLimits/pastTarget").asBoolean());
            assertFalse(wednesday.at("/timeLimits/overdue").asBoolean());
            assertEquals(28, wednesday.at("/timeLimits/workingDaysLeft").asInt());
            assertEquals(
                    0,
                    expect(200, officer.get("/api/v1/applications?overdue=true"))
                            .get("applications")
                            .size());

            step(officer, id, "request-correction", "{\"missing\":\"the spouse's consent\"}");
            clock.advance(Duration.ofDays(7)); // the next Wednesday: five working days waiting
            JsonNode paused = expect(200, officer.get("/api/v1/applications/" + id));
            assertTrue(paused.at("/timeLimits/paused").asBoolean());
            assertEquals(
                    28, paused.at("/timeLimits/workingDaysLeft").asInt(), "waiting for the applicant is not counted");
            step(owner, id, "corrections", "{\"note\":\"the spouse's consent is attached\"}");

            clock.advance(Duration.ofDays(60));
            JsonNode overdue = expect(200, officer.get("/api/v1/applications?overdue=true"));
            assertEquals(id, overdue.at("/applications/0/id").asText());
            assertTrue(overdue.at("/applications/0/timeLimits/overdue").asBoolean());
            assertTrue(overdue.at("/applications/0/timeLimits/workingDaysLeft").asInt() < 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
