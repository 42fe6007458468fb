package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.register.Cases.ALICE;
import static org.strata.web.register.Cases.UNIT;
import static org.strata.web.register.Cases.application;
import static org.strata.web.register.Cases.party;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/** An event altered directly in the database is named by GET /api/v1/register/verify. */
class TamperTest {
    @TempDir
    Path folder;

    @Test
    void verificationNamesTheAlteredEvent() throws Exception {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            String first = officer.record(Cases.firstRegistration());
            officer.record(application("change", UNIT, party(ALICE, "applicant", null), "\"use\":\"0505\""));
            JsonNode intact = Http.json(officer.get("/api/v1/register/verify"));
            assertTrue(intact.get("intact").asBoolean(), intact.toString());
            assertTrue(intact.get("eventsChecked").asInt() > 1000, "the demo area's registrations are checked too");

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                            + folder.resolve("store")
                                    .resolve(EmbeddedStore.FILE_NAME)
                                    .toAbsolutePath());
                    Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER register_events_no_update");
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE register_events SET body = REPLACE(body, 'detail.statedArea=500', 'detail.statedArea=5000')"
                                + " WHERE id = ?")) {
                    p.setString(1, first);
                    assertEquals(1, p.executeUpdate());
                }
            }
            JsonNode report = Http.json(officer.get("/api/v1/register/verify"));
            assertFalse(report.get("intact").asBoolean(), report.toString());
            assertEquals(first, report.get("firstBroken").get("eventId").asText());
            assertTrue(report.get("firstBroken").get("reason").asText().contains("altered"));
        }
    }
}
