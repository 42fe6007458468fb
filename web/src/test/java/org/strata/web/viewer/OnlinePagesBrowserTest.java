package org.strata.web.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.demo.DemoData;
import org.strata.data.demo.DemoOnline;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * The pages of online registration as their users meet them in headless Chromium: the owner confirms an
 * application, answers a correction request, downloads a certificate and files a transfer on the applicant's page;
 * the officer opens a transfer from the worklist, sees its unit drawn red on the map, and accepts, approves and
 * records it. Screenshots are kept in {@code web/target/screenshots} and checked for what they must show.
 */
class OnlinePagesBrowserTest {
    private static final Path APPLICANT = Path.of("viewer/test/applicant-check.mjs");
    private static final Path OFFICER = Path.of("viewer/test/officer-check.mjs");

    @TempDir
    Path folder;

    @Test
    void theOwnerConfirmsCorrectsDownloadsAndFilesOnTheApplicantsPage() throws Exception {
        BrowserScripts.requireBrowser();
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http bank = http.as("bank");
            Http owner = http.as("owner");
            Http officer = http.as("officer");
            String flat = flat(owner);
            String wrong = id(bank.postJson("/api/v1/applications", mortgage(flat, "900000.00")));
            owner.postJson("/api/v1/applications/" + wrong + "/consent", "");
            officer.postJson(
                    "/api/v1/applications/" + wrong + "/request-correction", "{\"missing\":\"the loan's amount\"}");
            String right = id(bank.postJson("/api/v1/applications", mortgage(flat, DemoOnline.LOAN_AMOUNT)));
            owner.postJson("/api/v1/applications/" + right + "/consent", "");
            bank.postJson("/api/v1/applications", mortgage(flat, DemoOnline.LOAN_AMOUNT), "Idempotency-Key", "third");

            String base = server.uri().toString().replaceAll("/$", "");
            JsonNode result =
                    BrowserScripts.run(APPLICANT, base, "owner", DemoOnline.BUYER.name(), DemoOnline.BUYER.idNumber());
            assertTrue(result.get("before").asText().contains("awaiting-consent"), result.toString());
            assertTrue(result.get("before").asText().contains("needs-correction"), result.toString());
            assertTrue(result.get("units").asText().contains(flat), result.toString());
            assertTrue(result.get("afterCorrection").asText().contains("in-review"), result.toString());
            assertEquals("certificate.pdf", result.get("downloaded").asText());
            assertTrue(Integer.parseInt(result.get("downloadedBytes").asText()) > 1000, result.toString());
            assertTrue(
                    result.get("after").asText().contains("awaiting-consent"), "the filed transfer awaits the buyer");
            assertTrue(result.get("text").asText().contains("待各方确认"), "statuses are shown in Chinese first");
            JsonNode buyers =
                    Http.json(http.as("buyer").get("/api/v1/applications")).get("applications");
            assertEquals("transfer", buyers.get(0).at("/application/type").asText(), "the buyer is asked to confirm");
            assertLocal(result, server);
            int ink = ink(Path.of(result.get("screenshot").asText()));
            System.out.println("applicant page screenshot: " + ink + " dark pixels");
            assertTrue(ink > 5_000, "the page shows its text: " + ink);
        }
    }

    @Test
    void theOfficerOpensATransferSeesItsUnitOnTheMapAndRecordsIt() throws Exception {
        BrowserScripts.requireBrowser();
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            Http owner = http.as("owner");
            String flat = flat(owner);
            String transfer = id(owner.postJson("/api/v1/applications", transfer(flat)));
            http.as("buyer").postJson("/api/v1/applications/" + transfer + "/consent", "");

            String base = server.uri().toString().replaceAll("/$", "");
            JsonNode result = BrowserScripts.run(OFFICER, base, transfer);
            assertEquals("1", result.get("queue").asText(), result.toString());
            assertEquals(flat, result.get("highlighted").asText());
            assertTrue(Integer.parseInt(result.get("drawn").asText()) > 1, "the unit is drawn with its neighbours");
            assertTrue(result.get("caseText").asText().contains("transferor"), result.toString());
            assertTrue(result.get("timeLeft").asText().contains("工作日"), result.toString());
            assertTrue(result.get("finalText").asText().contains("已登簿"), result.toString());
            assertLocal(result, server);
            Colours map = Colours.of(Path.of(result.get("mapShot").asText()));
            System.out.println("worklist map screenshot: " + map);
            assertTrue(map.red() > 500, "the application's unit is drawn red on the map: " + map);
            assertTrue(map.blue() + map.green() > 2_000, "its neighbours are drawn around it: " + map);
            JsonNode recorded = Http.json(owner.get("/api/v1/applications/" + transfer));
            assertEquals("recorded", recorded.get("status").asText());
        }
    }

    private static void assertLocal(JsonNode result, StrataServer server) {
        String host = server.uri().getHost() + ":" + server.uri().getPort();
        result.get("hosts")
                .forEach(h -> assertTrue(
                        h.asText().equals(host) || h.asText().equals("blob:"),
                        "no request leaves " + host + ": " + result.get("hosts")));
    }

    private static String flat(Http owner) {
        for (JsonNode unit : Http.json(owner.get("/api/v1/me/units")).get("units")) {
            if (unit.get("holders").size() == 1) {
                return unit.get("unitCode").asText();
            }
        }
        throw new AssertionError("the demo owner holds no flat alone");
    }

    private static String id(java.net.http.HttpResponse<String> filed) {
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed).get("id").asText();
    }

    private static String mortgage(String unit, String amount) {
        return "{\"type\":\"mortgage\",\"unitCode\":\"" + unit + "\",\"parties\":["
                + "{\"role\":\"mortgagor\",\"name\":\"陈静\",\"idType\":\"resident-id\",\"idNumber\":\""
                + DemoData.DEMO_OWNER_ID_NUMBER + "\"},{\"role\":\"mortgagee\",\"name\":\"" + DemoOnline.BANK.name()
                + "\",\"idType\":\"uscc\",\"idNumber\":\"" + DemoOnline.BANK.idNumber() + "\"}],\"details\":{"
                + "\"subtype\":\"1\",\"amount\":\"" + amount + "\",\"term\":\"2026-12-01/2046-11-30\","
                + "\"loanContract\":\"" + DemoOnline.LOAN + "\"}}";
    }

    private static String transfer(String unit) {
        return "{\"type\":\"transfer\",\"unitCode\":\"" + unit + "\",\"parties\":["
                + "{\"role\":\"transferor\",\"name\":\"陈静\",\"idType\":\"resident-id\",\"idNumber\":\""
                + DemoData.DEMO_OWNER_ID_NUMBER + "\",\"share\":\"1\"},{\"role\":\"transferee\",\"name\":\""
                + DemoOnline.BUYER.name() + "\",\"idType\":\"resident-id\",\"idNumber\":\""
                + DemoOnline.BUYER.idNumber()
                + "\",\"share\":\"1\"}],\"details\":{}}";
    }

    /** Dark (text) pixels of a page screenshot. */
    private static int ink(Path png) throws java.io.IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
