package org.strata.web.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.online.OnlineBodies.certificatePath;
import static org.strata.web.online.OnlineBodies.expect;
import static org.strata.web.online.OnlineBodies.file;
import static org.strata.web.online.OnlineBodies.mortgage;
import static org.strata.web.online.OnlineBodies.ownersFlat;
import static org.strata.web.online.OnlineBodies.step;
import static org.strata.web.online.OnlineBodies.timeline;
import static org.strata.web.online.OnlineBodies.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.demo.DemoOnline;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Online registration as its users meet it over HTTP: a bank's mortgage and its cancellation recorded by the
 * verification model once the owner confirms, with no officer; a transfer from the owner to the buyer reaching an
 * officer after the buyer's consent, approved, recorded, its certificate verifiable by anyone; a correction round
 * trip; a refusal that records nothing; and a stranger who can neither see nor confirm.
 */
class OnlineRegistrationTest {
    @TempDir
    Path folder;

    @Test
    void aBanksMortgageIsRecordedWithNoOfficerOnceTheOwnerConfirms() throws Exception {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http bank = http.as("bank");
            Http owner = http.as("owner");
            String flat = ownersFlat(owner);
            JsonNode filed = file(bank, mortgage(flat, DemoOnline.LOAN_AMOUNT), "Idempotency-Key", "loan-1");
            String id = filed.get("id").asText();
            assertEquals("awaiting-consent", filed.get("status").asText());
            assertEquals(
                    List.of("3301************24"),
                    List.of(filed.get("awaitingConsentOf").get(0).asText()));
            assertFalse(filed.get("awaitingYourConsent").asBoolean(), "the bank has confirmed by filing");
            assertTrue(
                    expect(200, owner.get("/api/v1/applications/" + id))
                            .get("awaitingYourConsent")
                            .asBoolean(),
                    "the owner is asked to confirm");
            JsonNode retried = file(bank, mortgage(flat, DemoOnline.LOAN_AMOUNT), "Idempotency-Key", "loan-1");
            assertEquals(id, retried.get("id").asText(), "a retried filing answers the application already filed");
            assertEquals(
                    "idempotency-key-reused",
                    expect(
                                    409,
                                    bank.postJson(
                                            "/api/v1/applications",
                                            mortgage(flat, "1.00"),
                                            "Idempotency-Key",
                                            "loan-1"))
                            .get("code")
                            .asText());

            JsonNode recorded = step(owner, id, "consent", "");
            assertEquals("recorded", recorded.get("status").asText(), recorded.toString());
            assertEquals(
                    List.of(
                            "filed bank",
                            "consented bank",
                            "consented owner",
                            "submitted owner",
                            "accepted verification-model",
                            "approved verification-model",
                            "recorded verification-model",
                            "certificate-issued verification-model"),
                    timeline(recorded));
            JsonNode approved = recorded.get("timeline").get(5);
            assertTrue(approved.get("note").asText().contains("recorded by verification model"));
            assertTrue(approved.get("facts").get("rules").asText().matches("rules-[0-9a-f]{12}"));
            assertTrue(
                    approved.get("facts").get("checks").asText().contains("loan-amount passed"), approved.toString());
            assertEquals(recorded, step(owner, id, "consent", ""), "confirming again changes nothing");

            JsonNode certificate = recorded.get("certificate");
            String number = certificate.get("number").asText();
            JsonNode verified = expect(200, http.get(certificatePath(number) + "/verify"));
            assertEquals("valid", verified.get("status").asText());
            assertEquals("registration-proof", verified.get("kind").asText());
            assertFalse(verified.toString().contains(OnlineBodies.OWNER_NAME), "verification shows no names");
            HttpResponse<byte[]> document = bank.getBytes(certificatePath(number) + "/document");
            assertEquals(200, document.statusCode());
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(document.body()));
            assertEquals(sha256, verified.get("sha256").asText(), "the document is the one issued");
            assertEquals(sha256, certificate.get("sha256").asText());
            assertEquals(
                    403,
                    http.as("citizen")
                            .getBytes(certificatePath(number) + "/document")
                            .statusCode());

            // the bank cancels the mortgage: it alone is named, so it is submitted and recorded at once
            String mortgageEvent = recorded.get("application").get("eventId").asText();
            JsonNode cancelled = file(
                    bank,
                    OnlineBodies.application(
                            "mortgage-cancellation",
                            flat,
                            OnlineBodies.party("mortgagee", DemoOnline.BANK, null),
                            "\"ends\":\"" + mortgageEvent + "\",\"reason\":\"loan repaid\""));
            assertEquals("recorded", cancelled.get("status").asText(), cancelled.toString());
            assertTrue(timeline(cancelled).contains("recorded verification-model"));
            assertEquals(
                    "cancelled",
                    expect(200, http.get(certificatePath(number) + "/verify"))
                            .get("status")
                            .asText(),
                    "the proof of a cancelled mortgage is cancelled");
        }
    }

    @Test
    void aMortgageWhoseAmountDiffersFromTheLoanGoesToAnOfficerWithTheFindingAndIsCorrected() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http bank = http.as("bank");
            Http owner = http.as("owner");
            Http officer = http.as("officer");
            String id = file(bank, mortgage(ownersFlat(owner), "900000.00"))
                    .get("id")
                    .asText();
            JsonNode inReview = step(owner, id, "consent", "");
            assertEquals("in-review", inReview.get("status").asText(), inReview.toString());
            assertEquals(
                    "loan-amount",
                    inReview.get("application")
                            .get("findings")
                            .get(0)
                            .get("code")
                            .asText());
            assertTrue(timeline(inReview).contains("verified verification-model"));
            assertTrue(inReview.get("timeLimits").get("workingDaysLeft").asInt() <= 30);

            JsonNode worklist = expect(200, officer.get("/api/v1/applications?status=in-review"));
            assertEquals(id, worklist.get("applications").get(0).get("id").asText());

            JsonNode asked = step(
                    officer,
                    id,
                    "request-correction",
                    "{\"missing\":\"the amount of loan " + DemoOnline.LOAN + " (800000.00)\"}");
            assertEquals("needs-correction", asked.get("status").asText());
            JsonNode request = asked.get("timeline").get(asked.get("timeline").size() - 1);
            assertTrue(request.get("facts").get("deadline").asText().startsWith("20"), request.toString());
            assertEquals(
                    409,
                    officer.postJson("/api/v1/applications/" + id + "/approve", "")
                            .statusCode(),
                    "nothing is approved while it waits for the applicant");

            JsonNode corrected = step(
                    bank,
                    id,
                    "corrections",
                    "{\"details\":{\"amount\":\"" + DemoOnline.LOAN_AMOUNT + "\"},\"note\":\"amount as in the loan\"}");
            assertEquals("in-review", corrected.get("status").asText());
            assertEquals(
                    DemoOnline.LOAN_AMOUNT,
                    corrected.get("application").get("details").get("amount").asText());
            step(officer, id, "approve", "");
            JsonNode recorded = step(officer, id, "record", "");
            assertEquals("recorded", recorded.get("status").asText());
            assertTrue(timeline(recorded).contains("recorded officer"));
        }
    }

    @Test
    void aTransferReachesAnOfficerAfterTheBuyersConsentAndItsCertificateVerifies() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http owner = http.as("owner");
            Http buyer = http.as("buyer");
            Http officer = http.as("officer");
            String flat = ownersFlat(owner);
            String id = file(owner, transfer(flat)).get("id").asText();
            assertEquals(
                    0,
                    Http.json(officer.get("/api/v1/applications"))
                            .get("applications")
                            .size(),
                    "an application awaiting consent is not yet the office's work");
            JsonNode mine = expect(200, buyer.get("/api/v1/applications"));
            assertEquals(id, mine.get("applications").get(0).get("id").asText(), "the buyer sees what names him");

            JsonNode submitted = step(buyer, id, "consent", "");
            assertEquals("submitted", submitted.get("status").asText(), "a transfer is decided by an officer");
            assertFalse(submitted.has("timeLimits"), "the statutory limit starts on acceptance");
            JsonNode accepted = step(officer, id, "accept", "");
            assertEquals("in-review", accepted.get("status").asText());
            assertEquals(
                    30, accepted.get("timeLimits").get("statutoryWorkingDays").asInt());
            assertEquals(1, accepted.get("timeLimits").get("targetWorkingDays").asInt());
            step(officer, id, "approve", "");
            JsonNode recorded = step(officer, id, "record", "");
            assertEquals("recorded", recorded.get("status").asText());
            assertEquals(
                    List.of(
                            "filed owner",
                            "consented owner",
                            "consented buyer",
                            "submitted buyer",
                            "accepted officer",
                            "approved officer",
                            "recorded officer",
                            "certificate-issued officer"),
                    timeline(recorded));

            String number = recorded.get("certificate").get("number").asText();
            JsonNode verified = expect(200, http.get(certificatePath(number) + "/verify"));
            assertEquals("valid", verified.get("status").asText());
            assertEquals("title-certificate", verified.get("kind").asText());
            assertEquals(
                    200, buyer.getBytes(certificatePath(number) + "/document").statusCode());
            assertEquals(
                    0,
                    Http.json(officer.get("/api/v1/applications"))
                            .get("applications")
                            .size(),
                    "a recorded application leaves the worklist");
        }
    }

    @Test
    void aRefusalStatesItsReasonsAndRecordsNothing() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http owner = http.as("owner");
            Http officer = http.as("officer");
            String flat = ownersFlat(owner);
            int eventsBefore = Http.json(officer.get("/api/v1/units/" + flat + "/history"))
                    .get("events")
                    .size();
            String id = file(owner, transfer(flat)).get("id").asText();
            step(http.as("buyer"), id, "consent", "");
            step(officer, id, "accept", "");
            JsonNode missing = expect(400, officer.postJson("/api/v1/applications/" + id + "/refuse", "{}"));
            assertEquals("missing-reason", missing.get("code").asText());
            JsonNode refused = step(officer, id, "refuse", "{\"reason\":\"the transferor's spouse has not agreed\"}");
            assertEquals("refused", refused.get("status").asText());
            assertEquals(
                    409,
                    officer.postJson("/api/v1/applications/" + id + "/record", "")
                            .statusCode());
            assertEquals(
                    eventsBefore,
                    Http.json(officer.get("/api/v1/units/" + flat + "/history"))
                            .get("events")
                            .size(),
                    "a refusal records nothing");
        }
    }

    @Test
    void aStrangerCanNeitherSeeNorConfirmAndANonPartyCannotFile() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http owner = http.as("owner");
            Http citizen = http.as("citizen");
            String flat = ownersFlat(owner);
            String id = file(owner, transfer(flat)).get("id").asText();
            assertEquals(
                    "application-not-found",
                    expect(404, citizen.get("/api/v1/applications/" + id))
                            .get("code")
                            .asText());
            assertEquals(
                    "application-not-found",
                    expect(404, citizen.postJson("/api/v1/applications/" + id + "/consent", ""))
                            .get("code")
                            .asText());
            assertEquals(
                    0,
                    Http.json(citizen.get("/api/v1/applications"))
                            .get("applications")
                            .size());
            assertEquals(401, http.get("/api/v1/applications/" + id).statusCode());
            assertEquals(
                    "applicant-not-a-party",
                    expect(403, http.as("developer").postJson("/api/v1/applications", transfer(flat)))
                            .get("code")
                            .asText());
            assertEquals(
                    "officer-required",
                    expect(403, http.as("buyer").postJson("/api/v1/applications/" + id + "/accept", ""))
                            .get("code")
                            .asText());
            JsonNode declined = step(http.as("buyer"), id, "decline", "{\"reason\":\"changed my mind\"}");
            assertEquals("declined", declined.get("status").asText());
            assertEquals(
                    "invalid-status",
                    expect(400, http.as("officer").get("/api/v1/applications?status=lost"))
                            .get("code")
                            .asText());
        }
    }

    @Test
    void anAdvanceNoticeOfAFiledContractAndItsConversionAreRecordedWithNoOfficer() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http owner = http.as("owner");
            Http buyer = http.as("buyer");
            String flat = ownersFlat(owner);
            JsonNode unknown = file(
                    buyer,
                    OnlineBodies.application(
                            "advance-notice",
                            flat,
                            OnlineBodies.party("holder", DemoOnline.BUYER, "1"),
                            "\"subtype\":\"1\",\"contract\":\"WQ-NOT-FILED\""));
            assertEquals("in-review", unknown.get("status").asText(), "a contract not on record goes to an officer");
            assertTrue(
                    unknown.at("/application/findings").toString().contains("\"contract-filing-record\""),
                    unknown.toString());

            JsonNode notice = file(
                    buyer,
                    OnlineBodies.application(
                            "advance-notice",
                            flat,
                            OnlineBodies.party("holder", DemoOnline.BUYER, "1"),
                            "\"subtype\":\"1\",\"contract\":\"" + DemoOnline.CONTRACT + "\""));
            assertEquals("recorded", notice.get("status").asText(), notice.toString());
            assertTrue(
                    notice.get("timeline")
                            .get(4)
                            .get("facts")
                            .get("checks")
                            .asText()
                            .contains("contract-filing-record passed"),
                    notice.toString());

            String id = file(
                            owner,
                            OnlineBodies.application(
                                    "transfer",
                                    flat,
                                    OnlineBodies.owner("transferor", "1") + ","
                                            + OnlineBodies.party("transferee", DemoOnline.BUYER, "1"),
                                    "\"contract\":\"" + DemoOnline.CONTRACT + "\""))
                    .get("id")
                    .asText();
            JsonNode converted = step(buyer, id, "consent", "");
            assertEquals("recorded", converted.get("status").asText(), converted.toString());
            assertTrue(converted.toString().contains("advance-notice-conversion"), converted.toString());
            String title = converted.at("/certificate/number").asText();
            assertEquals(
                    "valid",
                    expect(200, http.get(certificatePath(title) + "/verify"))
                            .get("status")
                            .asText());
        }
    }

    @Test
    void anInheritanceByWrittenCommitmentGoesToAnOfficerMarkedForLaterVerification() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http heir = http.as("buyer");
            Http officer = http.as("officer");
            String flat = ownersFlat(http.as("owner"));
            String body = OnlineBodies.application(
                    "transfer",
                    flat,
                    OnlineBodies.owner("transferor", "1") + ","
                            + OnlineBodies.party("transferee", DemoOnline.BUYER, "1"),
                    "\"succession\":\"statutory\",\"deathEvidence\":\"commitment\","
                            + "\"kinshipEvidence\":\"commitment\",\"heirOrder\":\"1\"");
            JsonNode filed = file(heir, body);
            assertEquals("submitted", filed.get("status").asText(), "the deceased holder is not asked to confirm");
            JsonNode consent = filed.get("timeline").get(1);
            assertEquals("consented", consent.get("step").asText());
            assertTrue(consent.get("facts").get("commitment").asText().contains("承诺"), consent.toString());
            JsonNode submitted = filed.get("timeline").get(2);
            assertTrue(submitted.get("facts").has("laterVerification"), submitted.toString());
            assertEquals(
                    "verify-later", filed.at("/application/findings/0/code").asText());
            assertFalse(
                    timeline(filed).stream().anyMatch(s -> s.endsWith("verification-model")),
                    "a succession is always decided by an officer");

            step(officer, filed.get("id").asText(), "accept", "");
            step(officer, filed.get("id").asText(), "approve", "");
            JsonNode recorded = step(officer, filed.get("id").asText(), "record", "");
            assertEquals("recorded", recorded.get("status").asText());

            JsonNode secondOrder = expect(
                    201,
                    heir.postJson("/api/v1/applications", body.replace("\"heirOrder\":\"1\"", "\"heirOrder\":\"2\"")));
            assertTrue(
                    secondOrder.at("/application/findings").toString().contains("second-order-heirs"),
                    secondOrder.toString());
            assertEquals(
                    "invalid-detail",
                    expect(400, heir.postJson("/api/v1/applications", body.replace("\"statutory\"", "\"gift\"")))
                            .get("code")
                            .asText());
        }
    }
}
