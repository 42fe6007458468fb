package org.strata.web.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waiting for a load to have done something, however busy the machine. */
final class Ledgers {
    private Ledgers() {}

    /** Waits until the ledger holds {@code count} acknowledged recordings (at most two minutes). */
    static void awaitRecordings(Ledger ledger, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (ledger.recordings().size() < count) {
            assertTrue(System.nanoTime() < deadline, "the load recorded fewer than " + count + " in two minutes");
            Thread.sleep(100);
        }
    }
}
