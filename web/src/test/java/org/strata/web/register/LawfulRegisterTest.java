package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * The register refuses what the law forbids, tried as an officer would over HTTP: a change that swaps the holder,
 * cancelling a seized right, cancelling a mortgaged right without the mortgagee, a mortgage cancelled by the
 * mortgagor alone, a backdated registration; and allows what it permits (a change of use while seized, a
 * correction ordered by the seizing court stating the date of the fact it corrects, the mortgagee
 * cancelling). The rules and the disposal
 * matrix are served with their sources.
 */
class LawfulRegisterTest {
    private static final String ORDER = "(2026)浙0106执123号";

    @TempDir
    Path folder;

    @Test
    void theRegisterRefusesWhatTheLawForbids() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            String first = officer.record(Cases.firstRegistration());

            // a change never puts a different person in as holder
            blocked(officer, application("change", UNIT, party(BOB, "holder", "1"), ""), "change-keeps-holders");
            officer.record(application("change", UNIT, party(ALICE, "holder", "1"), "\"use\":\"0702\""));

            // a right under a mortgage is not cancelled without the mortgagee; the mortgagor alone cannot end it
            String mortgage = officer.record(application(
                    "mortgage",
                    UNIT,
                    party(ALICE, "mortgagor", null) + "," + party(BANK, "mortgagee", null),
                    "\"subtype\":\"1\",\"amount\":\"1200000\",\"term\":\"2026-02-03/2046-02-03\""));
            blocked(
                    officer,
                    application("cancellation", UNIT, party(ALICE, "applicant", null), "\"reason\":\"given up\""),
                    "mortgage-consent");
            blocked(
                    officer,
                    application(
                            "mortgage-cancellation",
                            UNIT,
                            party(ALICE, "mortgagor", null),
                            "\"ends\":\"" + mortgage + "\""),
                    "mortgagee-must-apply");

            // a seized right is not cancelled; a change of use is no disposal
            officer.record(application(
                    "seizure",
                    UNIT,
                    party(COURT, "court", null),
                    "\"subtype\":\"1\",\"courtOrder\":\"" + ORDER + "\""));
            blocked(
                    officer,
                    application(
                            "cancellation",
                            UNIT,
                            party(ALICE, "applicant", null),
                            "\"reason\":\"given up\",\"consents\":\"" + mortgage + "\""),
                    "seized");
            officer.record(application("change", UNIT, party(ALICE, "holder", "1"), "\"use\":\"0701\""));
            officer.record(application(
                    "mortgage-cancellation", UNIT, party(BANK, "mortgagee", null), "\"ends\":\"" + mortgage + "\""));

            // no backdating: a right takes effect when recorded; only a correction states when the fact began
            HttpResponse<String> backdated = officer.submit(application(
                    "objection", UNIT, party(BOB, "applicant", null), "\"reason\":\"x\",\"validFrom\":\"2020-01-01\""));
            assertEquals(422, backdated.statusCode(), backdated.body());
            assertEquals(
                    "backdating-not-allowed", Http.json(backdated).get("code").asText());
            String correction = officer.record(application(
                    "correction",
                    UNIT,
                    party(ALICE, "applicant", null),
                    "\"corrects\":\"" + first + "\",\"statedArea\":\"520\",\"reason\":\"survey error\","
                            + "\"validFrom\":\"2026-01-05\",\"courtOrder\":\"" + ORDER + "\""));
            JsonNode events =
                    Http.json(officer.get("/api/v1/units/" + UNIT + "/history")).get("events");
            JsonNode corrected = null;
            for (JsonNode e : events) {
                if (e.get("id").asText().equals(correction)) {
                    corrected = e;
                }
            }
            assertTrue(corrected.get("validFrom").asText().startsWith("2026-01-0"), corrected.toString());
        }
    }

    @Test
    void aNoticeEndsWithItsRegistrationAndAnObjectionIsNotFiledTwice() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            officer.record(Cases.firstRegistration());
            String notice =
                    officer.record(application("advance-notice", UNIT, party(BOB, "holder", "1"), "\"subtype\":\"1\""));
            assertEquals(
                    notice,
                    officer.unit(UNIT, "")
                            .get("restrictions")
                            .get("advanceNotices")
                            .get(0)
                            .get("eventId")
                            .asText());
            officer.record(application(
                    "transfer", UNIT, party(ALICE, "transferor", "1") + "," + party(BOB, "transferee", "1"), ""));
            assertEquals(
                    0,
                    officer.unit(UNIT, "")
                            .get("restrictions")
                            .get("advanceNotices")
                            .size(),
                    "the transfer the notice protected ended it (Civil Code art. 221)");

            String objection =
                    application("objection", UNIT, party(ALICE, "applicant", null), "\"reason\":\"sold in error\"");
            officer.record(objection);
            blocked(officer, objection, "repeat-objection");
        }
    }

    @Test
    void coOwnersDisposeAsTheirOwnershipAllows() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            String alone = party(ALICE, "holder", "1");
            officer.record(Cases.firstRegistration()
                    .replace(alone, party(ALICE, "holder", "1/2") + "," + party(BOB, "holder", "1/2")));
            // by shares: Alice transfers her own half; Bob keeps his
            officer.record(application(
                    "transfer", UNIT, party(ALICE, "transferor", "1/2") + "," + party(BANK, "transferee", "1/2"), ""));
            Set<String> holders = new HashSet<>();
            officer.unit(UNIT, "")
                    .get("holders")
                    .forEach(h -> holders.add(
                            h.get("name").asText() + " " + h.get("share").asText()));
            assertEquals(Set.of("李强 1/2", "杭州银行西湖支行 1/2"), holders);
        }
    }

    @Test
    void jointOwnersAreRegisteredAndDisposeOnlyTogether() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            String alone = party(ALICE, "holder", "1");
            officer.record(Cases.firstRegistration()
                    .replace(alone, party(ALICE, "holder", "joint") + "," + party(BOB, "holder", "joint")));
            blocked(
                    officer,
                    application(
                            "transfer",
                            UNIT,
                            party(ALICE, "transferor", "joint") + "," + party(BANK, "transferee", "1"),
                            ""),
                    "transferors-not-holders");
            officer.record(application(
                    "transfer",
                    UNIT,
                    party(ALICE, "transferor", "joint") + "," + party(BOB, "transferor", "joint") + ","
                            + party(BANK, "transferee", "1"),
                    ""));
            assertEquals(
                    "杭州银行西湖支行",
                    officer.unit(UNIT, "").get("holders").get(0).get("name").asText());
        }
    }

    @Test
    void aResidenceRightIsGrantedOnADwellingByItsHoldersAndShownToOfficers() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            officer.record(Cases.firstRegistration());
            // the unit is a parcel, not a dwelling
            blocked(
                    officer,
                    application(
                            "residence-right",
                            UNIT,
                            party(ALICE, "grantor", null) + "," + party(BOB, "resident", null),
                            ""),
                    "residence-right");
            // a dwelling of the demo area, held by the demo owner
            JsonNode mine = Http.json(new Http(server.uri()).as("owner").get("/api/v1/me/units"));
            String dwelling = null;
            JsonNode holder = null;
            for (JsonNode u : mine.get("units")) {
                String code = u.get("unitCode").asText();
                if (!code.endsWith("W00000000")) {
                    JsonNode full = officer.unit(code, "");
                    if ("11".equals(full.get("naturalStatus").path("use").asText())
                            && full.get("holders").size() == 1) {
                        dwelling = code;
                        holder = full.get("holders").get(0);
                        break;
                    }
                }
            }
            assertTrue(dwelling != null, mine.toString());
            String grantor = "{\"name\":\"" + holder.get("name").asText() + "\",\"idType\":\""
                    + holder.get("idType").asText() + "\",\"idNumber\":\""
                    + holder.get("idNumber").asText() + "\"";
            String right = officer.record(application(
                    "residence-right",
                    dwelling,
                    party(grantor, "grantor", null) + "," + party(BOB, "resident", null),
                    "\"term\":\"2026-01-01/2046-01-01\""));
            JsonNode rights = officer.unit(dwelling, "").get("restrictions").get("residenceRights");
            assertEquals(right, rights.get(0).get("eventId").asText());
            blocked(
                    officer,
                    application("cancellation", dwelling, party(grantor, "applicant", null), "\"reason\":\"x\""),
                    "residence-right-consent");
            officer.record(application(
                    "residence-right-cancellation",
                    dwelling,
                    party(BOB, "applicant", null),
                    "\"ends\":\"" + right + "\""));
            assertEquals(
                    0,
                    officer.unit(dwelling, "")
                            .get("restrictions")
                            .get("residenceRights")
                            .size());
        }
    }

    @Test
    void aHoldersNewIdentityDocumentIsAChangeOnItsEvidence() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            officer.record(Cases.firstRegistration());
            String renewed = "{\"name\":\"张丽\",\"idType\":\"resident-id\",\"idNumber\":\"330106194912310027\"";
            blocked(officer, application("change", UNIT, party(renewed, "holder", "1"), ""), "change-keeps-holders");
            String former = "\"formerIdNumber\":\"11010519491231002X\"";
            blocked(
                    officer,
                    application("change", UNIT, party(renewed, "holder", "1"), former),
                    "id-change-evidence-required");
            blocked(
                    officer,
                    application(
                            "change",
                            UNIT,
                            party(BOB, "holder", "1"),
                            former + ",\"idChangeEvidence\":\"西湖区公安分局户籍证明 2026-118\""),
                    "change-keeps-holders");
            officer.record(application(
                    "change",
                    UNIT,
                    party(renewed, "holder", "1"),
                    former + ",\"idChangeEvidence\":\"西湖区公安分局户籍证明 2026-118\""));
            assertEquals(
                    "330106194912310027",
                    officer.unit(UNIT, "").get("holders").get(0).get("idNumber").asText());
            blocked(
                    officer,
                    application(
                            "transfer",
                            UNIT,
                            party(ALICE, "transferor", "1") + "," + party(BOB, "transferee", "1"),
                            ""),
                    "transferors-not-holders");
            officer.record(application(
                    "transfer", UNIT, party(renewed, "transferor", "1") + "," + party(BOB, "transferee", "1"), ""));
        }
    }

    @Test
    void theRulesAndTheDisposalMatrixAreServedWithTheirSources() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            JsonNode rules = Http.json(officer.get("/api/v1/rules"));
            JsonNode matrix = rules.get("disposalMatrix");
            assertEquals(8 * 17, matrix.size());
            Set<String> pairs = new HashSet<>();
            for (JsonNode cell : matrix) {
                assertTrue(pairs.add(cell.get("restriction").asText() + "×"
                        + cell.get("type").asText()));
                assertTrue(cell.get("source").asText().contains("art"), cell.toString());
            }
            JsonNode seizedTransfer = null;
            for (JsonNode cell : matrix) {
                if (cell.get("restriction").asText().equals("seizure")
                        && cell.get("type").asText().equals("cancellation")) {
                    seizedTransfer = cell;
                }
            }
            assertEquals("blocked", seizedTransfer.get("decision").asText());
            assertEquals("seized", seizedTransfer.get("code").asText());
            Set<String> codes = new HashSet<>();
            rules.get("rules").forEach(r -> codes.add(r.get("code").asText()));
            assertTrue(codes.containsAll(Set.of("disposal-matrix", "change-keeps-holders", "mortgagee-must-apply")));
        }
    }

    private static void blocked(Officer officer, String application, String code) {
        HttpResponse<String> refused = officer.submitAndRecord(application);
        assertEquals(409, refused.statusCode(), refused.body());
        Set<String> codes = new HashSet<>();
        Http.json(refused).get("blockers").forEach(b -> codes.add(b.get("code").asText()));
        assertTrue(codes.contains(code), refused.body());
    }
}
