package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.CadastreFixtures;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Finding 13.5: a map page is bounded in bytes, not only in features. With 40 parcels of 9,990 vertices each
 * (about 0.27 MB of GeoJSON apiece, 11 MB in all), a page asking for 100 stops near the page budget, says so by a next link
 * from where it stopped, and following the links gives every parcel exactly once.
 */
class PageBytesTest {
    private static final int PARCELS = 40;
    private static final int VERTICES = 9_990;

    @TempDir
    Path folder;

    @Test
    void aPageOfHeavyFeaturesStopsAtTheBudgetAndTheNextLinkGoesOn() throws Exception {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, false))) {
            List<Parcel> parcels = new ArrayList<>();
            for (int i = 0; i < PARCELS; i++) {
                parcels.add(CadastreFixtures.surfaceParcel(i + 1, CadastreFixtures.footprint(circle(i * 200.0))));
            }
            server.store().add(new CadastreContents(parcels, List.of(), List.of()));
            Http anonymous = new Http(server.uri());
            Set<String> seen = new LinkedHashSet<>();
            String next = "/ogc/collections/parcels/items?limit=100";
            int pages = 0;
            while (next != null) {
                HttpResponse<String> page = anonymous.get(next);
                assertEquals(200, page.statusCode(), page.body());
                long bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes <= FeaturePage.PAGE_BYTES + (1 << 20), "a page of " + bytes + " bytes");
                JsonNode doc = Http.json(page);
                assertEquals(PARCELS, doc.get("numberMatched").asInt());
                doc.get("features").forEach(f -> assertTrue(seen.add(f.get("id").asText()), "twice: " + f.get("id")));
                next = Http.nextLink(doc);
                pages++;
                if (pages == 1) {
                    int returned = doc.get("numberReturned").asInt();
                    assertTrue(returned > 1 && returned < PARCELS, "the first page returned " + returned);
                    assertTrue(next != null && next.contains("offset=" + returned), "next: " + next);
                }
            }
            assertEquals(PARCELS, seen.size(), "every parcel, once, over " + pages + " pages");
        }
    }

    /** A closed ring of {@link #VERTICES} points on a 40 m circle, {@code east} metres east of the fixtures' origin. */
    private static double[][] circle(double east) {
        double[][] ring = new double[VERTICES + 1][];
        for (int i = 0; i < VERTICES; i++) {
            double angle = 2 * Math.PI * i / VERTICES;
            ring[i] = new double[] {east + 50 + 40 * Math.cos(angle), 50 + 40 * Math.sin(angle)};
        }
        ring[VERTICES] = ring[0];
        return ring;
    }
}
