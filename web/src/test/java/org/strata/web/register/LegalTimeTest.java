package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.strata.web.register.Cases.BANK;
import static org.strata.web.register.Cases.BOB;
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

/**
 * Periods as the register counts them over HTTP (Civil Code art. 201: from the next day to the end of the last
 * day, China Standard Time): an objection lapses at midnight ending its 15th day unless its lawsuit was
 * recorded; an advance notice on a registered unit lapses at midnight ending its 90th day, or the first working day
 * after it when that day is a rest day (art. 203).
 */
class LegalTimeTest {
    @TempDir
    Path folder;

    /** 1 March 2026, 10:00 China Standard Time. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T02:00:00Z"));

    @Test
    void objectionsAndNoticesLapseAtTheEndOfTheirLastDay() throws Exception {
        try (StrataServer server = StrataServer.start(DemoServer.embedded(folder, true), clock)) {
            Officer officer = new Officer(new Http(server.uri()));
            officer.record(Cases.firstRegistration());
            String bobs = officer.record(
                    application("objection", UNIT, party(BOB, "applicant", null), "\"reason\":\"bought it\""));
            String banks = officer.record(
                    application("objection", UNIT, party(BANK, "applicant", null), "\"reason\":\"security\""));
            String notice =
                    officer.record(application("advance-notice", UNIT, party(BOB, "holder", "1"), "\"subtype\":\"2\""));
            clock.advance(Duration.ofDays(3));
            officer.record(application(
                    "objection-lawsuit",
                    UNIT,
                    party(BANK, "applicant", null),
                    "\"objection\":\"" + banks + "\",\"courtNotice\":\"(2026)浙0106民初7号\""));

            // 15 days: 2-16 March, to midnight CST ending 16 March (16:00 UTC)
            assertEquals(List.of(bobs, banks), ids(officer, "objections", "2026-03-16T15:59:59Z"));
            assertEquals(List.of(banks), ids(officer, "objections", "2026-03-16T16:00:00Z"), "the sued one stays");
            // 90 days: 2 March - 30 May, a Saturday, so to midnight CST ending Monday 1 June (art. 203)
            assertEquals(List.of(notice), ids(officer, "advanceNotices", "2026-05-30T16:00:00Z"));
            assertEquals(List.of(notice), ids(officer, "advanceNotices", "2026-06-01T15:59:59Z"));
            assertEquals(List.of(), ids(officer, "advanceNotices", "2026-06-01T16:00:00Z"));
        }
    }

    private static List<String> ids(Officer officer, String kind, String validAt) {
        JsonNode list =
                officer.unit(UNIT, "?validAt=" + validAt).get("restrictions").get(kind);
        List<String> out = new ArrayList<>();
        list.forEach(r -> out.add(r.get("eventId").asText()));
        return out;
    }
}
