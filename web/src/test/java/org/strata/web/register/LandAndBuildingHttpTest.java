package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.register.Cases.ALICE;
import static org.strata.web.register.Cases.BOB;
import static org.strata.web.register.Cases.application;
import static org.strata.web.register.Cases.party;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * 房地一体 and the easement holder's consent as an officer meets them: the land under the demo's registered flats is
 * not registered to anyone else alone; a flat's transfer carries its share of the land, printed on the new
 * certificate; the right under an easement is not given up without the easement holder's consent.
 */
class LandAndBuildingHttpTest {
    @TempDir
    Path folder;

    @Test
    void theLandGoesWithTheFlatsOnItAndEachCertificateCarriesItsShare() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            JsonNode mine = Http.json(new Http(server.uri()).as("owner").get("/api/v1/me/units"));
            String flat = null;
            JsonNode holder = null;
            for (JsonNode u : mine.get("units")) {
                String code = u.get("unitCode").asText();
                JsonNode full = officer.unit(code, "");
                if (!code.endsWith("W00000000") && full.get("holders").size() == 1) {
                    flat = code;
                    holder = full.get("holders").get(0);
                    break;
                }
            }
            assertTrue(flat != null, mine.toString());
            String land = flat.substring(0, 19) + "W00000000";
            String seller = "{\"name\":\"" + holder.get("name").asText() + "\",\"idType\":\""
                    + holder.get("idType").asText() + "\",\"idNumber\":\""
                    + holder.get("idNumber").asText() + "\"";

            blocked(officer, application("first", land, party(ALICE, "holder", "1"), ""), "land-and-building-together");

            HttpResponse<String> sold = officer.submitAndRecord(application(
                    "transfer", flat, party(seller, "transferor", "1") + "," + party(BOB, "transferee", "1"), ""));
            assertEquals(200, sold.statusCode(), sold.body());
            String number = Http.json(sold).get("certificateNo").asText();
            HttpResponse<String> shown = officer.get("/api/v1/certificates/"
                    + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20"));
            assertEquals(200, shown.statusCode(), shown.body());
            JsonNode share = Http.json(shown).get("landShare");
            assertEquals(land, share.get("landUnitCode").asText(), shown.body());
            JsonNode parcel = Http.json(officer.get("/ogc/collections/parcels/items/" + land + "?f=json"));
            BigDecimal landArea = share.get("landArea").decimalValue();
            assertEquals(
                    0,
                    landArea.compareTo(
                            parcel.get("properties").get("statedArea").decimalValue()),
                    "while the land unit is not registered itself, its area is the cadastre's: " + parcel);
            BigDecimal unitArea = share.get("unitBuildingArea").decimalValue();
            BigDecimal total = share.get("parcelBuildingArea").decimalValue();
            assertTrue(unitArea.compareTo(total) < 0, "other flats share the land: " + share);
            assertEquals(
                    landArea.multiply(unitArea)
                            .divide(total, MathContext.DECIMAL64)
                            .setScale(2, RoundingMode.HALF_UP),
                    share.get("apportionedLandArea").decimalValue());

            String easement = officer.record(
                    application("easement", flat, party(ALICE, "holder", "1"), "\"reason\":\"passage to the river\""));
            blocked(
                    officer,
                    application("cancellation", flat, party(BOB, "applicant", null), "\"reason\":\"given up\""),
                    "easement-consent");
            HttpResponse<String> consented = officer.submitAndRecord(application(
                    "cancellation",
                    flat,
                    party(BOB, "applicant", null),
                    "\"reason\":\"given up\",\"consents\":\"" + easement + "\""));
            assertEquals(200, consented.statusCode(), consented.body());
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
