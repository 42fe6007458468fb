package org.strata.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.boot.StrataServer;

/** The crash test's check finds what it must: a recording the store does not hold is counted as lost. */
class StoreCheckTest {
    @TempDir
    Path folder;

    @Test
    void aRecordingTheStoreDoesNotHoldIsLostAndTheRestIsClean() throws Exception {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Ledger ledger = new Ledger();
            Load load = new Load(server.uri(), ledger, new AtomicInteger(30_000));
            load.start(2, 5);
            Ledgers.awaitRecordings(ledger, 5);
            load.stop();
            Client officer = new Client(server.uri());
            officer.signIn("officer");
            StoreCheck.Findings clean = StoreCheck.run(officer, ledger);
            assertTrue(clean.acknowledged() > 0, "the load recorded something");
            assertTrue(clean.clean(), clean.examples().toString());

            String unit = ledger.recordings().get(0).unitCode();
            ledger.recorded(new Ledger.Recording("no-such-case", unit, "330106-99999999", "transfer"));
            ledger.submitted("no-such-case");
            StoreCheck.Findings broken = StoreCheck.run(officer, ledger);
            assertEquals(2, broken.lost(), broken.examples().toString());
            assertFalse(broken.clean());
        }
    }
}
