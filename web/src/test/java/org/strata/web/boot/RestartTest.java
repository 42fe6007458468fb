package org.strata.web.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;

/** Stopping the service and starting it again on the same data folder keeps every feature. */
class RestartTest {
    @TempDir
    Path folder;

    @Test
    void everyFeatureIsStillThereAfterARestart() {
        String[] collections = {"parcels", "buildings", "units"};
        String[] before = new String[3];
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri()).as("officer");
            for (int i = 0; i < 3; i++) {
                before[i] = features(http, collections[i]);
            }
        }
        // --demo again: the demo area is loaded only into an empty store, so this start reads what the first wrote
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri()).as("officer");
            for (int i = 0; i < 3; i++) {
                String after = features(http, collections[i]);
                assertTrue(after.length() > 1000);
                assertEquals(before[i], after, collections[i] + " changed across the restart");
            }
        }
    }

    @Test
    void demoDataIsLoadedOnlyIntoAnEmptyStore() {
        String first;
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            first = features(new Http(server.uri()).as("officer"), "units");
        }
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            assertEquals(first, features(new Http(server.uri()).as("officer"), "units"));
        }
    }

    /** All features of a collection, without the volatile timeStamp and the port-bearing links. */
    static String features(Http http, String collection) {
        String body = Http.json(http.get("/ogc/collections/" + collection + "/items?limit=10000"))
                .get("features")
                .toString();
        return body;
    }
}
