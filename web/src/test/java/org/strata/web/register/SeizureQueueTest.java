package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strata.web.register.Cases.COURT;
import static org.strata.web.register.Cases.UNIT;
import static org.strata.web.register.Cases.application;
import static org.strata.web.register.Cases.party;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Seizures wait in line: releasing the first makes the second effective, not the third. */
class SeizureQueueTest {
    @TempDir
    Path folder;

    @Test
    void releasingTheFirstOfThreeSeizuresMakesTheSecondEffective() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-04-01T02:00:00Z"));
        try (StrataServer server = StrataServer.start(DemoServer.embedded(folder, true), clock)) {
            Officer officer = new Officer(new Http(server.uri()));
            officer.record(Cases.firstRegistration());
            List<String> seizures = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                clock.advance(Duration.ofDays(1));
                seizures.add(officer.record(application(
                        "seizure",
                        UNIT,
                        party(COURT, "court", null),
                        "\"subtype\":\"" + (i == 1 ? 1 : 2) + "\",\"courtOrder\":\"(2026)浙0106执" + i + "号\"")));
            }
            JsonNode before = officer.unit(UNIT, "").get("restrictions");
            assertEquals(seizures.get(0), before.get("seizure").get("eventId").asText());
            assertEquals(List.of(seizures.get(1), seizures.get(2)), ids(before.get("waitingSeizures")));

            clock.advance(Duration.ofDays(1));
            officer.record(application(
                    "seizure-release", UNIT, party(COURT, "court", null), "\"ends\":\"" + seizures.get(0) + "\""));
            JsonNode after = officer.unit(UNIT, "").get("restrictions");
            assertEquals(seizures.get(1), after.get("seizure").get("eventId").asText());
            assertEquals(
                    clock.instant().toString(),
                    after.get("seizure").get("since").asText());
            assertEquals(List.of(seizures.get(2)), ids(after.get("waitingSeizures")));
        }
    }

    private static List<String> ids(JsonNode restrictions) {
        List<String> out = new ArrayList<>();
        restrictions.forEach(r -> out.add(r.get("eventId").asText()));
        return out;
    }
}
