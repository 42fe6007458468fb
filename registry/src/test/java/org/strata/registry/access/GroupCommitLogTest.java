package org.strata.registry.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.strata.registry.actor.Role;

/**
 * Group commit of the query log: many callers' records share few writes, no caller returns before its records are
 * stored, a slow commit does not hold up the next group, a failed write fails every caller of its group and no other,
 * and closing writes what is waiting.
 */
class GroupCommitLogTest {
    /** A log whose writes take a while, as a durable commit does, and which can be told to fail. */
    private static final class SlowLog implements QueryLog {
        final Set<String> stored = ConcurrentHashMap.newKeySet();
        final AtomicInteger writes = new AtomicInteger();
        volatile String failOn;
        volatile long writeMillis = 5;

        @Override
        public void append(QueryRecord record) {
            appendAll(List.of(record));
        }

        @Override
        public void appendAll(List<QueryRecord> records) {
            writes.incrementAndGet();
            try {
                Thread.sleep(writeMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (records.stream().anyMatch(r -> r.receipt().equals(failOn))) {
                throw new IllegalStateException("the disk is full");
            }
            records.forEach(r -> stored.add(r.receipt()));
        }

        @Override
        public Optional<QueryRecord> byReceipt(String receipt) {
            return Optional.empty();
        }

        @Override
        public List<QueryRecord> about(Collection<String> unitCodes, int limit) {
            return List.of();
        }
    }

    private static QueryRecord record(String receipt) {
        return new QueryRecord(
                receipt,
                "citizen",
                "Citizen",
                Role.PUBLIC,
                Tier.PUBLIC,
                Purpose.PURCHASE,
                "330106003005GB00001W00000000",
                Instant.parse("2026-12-03T00:00:00Z"),
                List.of(),
                Optional.empty());
    }

    @Test
    void concurrentQueriesShareCommitsAndEachReturnsOnlyOnceStored() throws Exception {
        SlowLog slow = new SlowLog();
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try (GroupCommitLog log = new GroupCommitLog(slow)) {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 1_600; i++) {
                String receipt = "r" + i;
                answers.add(callers.submit(() -> {
                    log.append(record(receipt));
                    return slow.stored.contains(receipt);
                }));
            }
            for (Future<Boolean> a : answers) {
                assertTrue(a.get(), "a caller returns once its record is stored");
            }
        } finally {
            callers.shutdown();
        }
        assertEquals(1_600, slow.stored.size());
        assertTrue(slow.writes.get() < 400, "1,600 queries in " + slow.writes.get() + " writes");
    }

    @Test
    void aGroupArrivingDuringASlowCommitIsWrittenBesideItNotAfterIt() throws Exception {
        SlowLog slow = new SlowLog();
        slow.writeMillis = 400;
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (GroupCommitLog log = new GroupCommitLog(slow, 2)) {
            long t0 = System.nanoTime();
            Future<?> first = callers.submit(() -> log.append(record("first")));
            Thread.sleep(100); // the first group's commit is under way
            Future<?> second = callers.submit(() -> log.append(record("second")));
            first.get();
            second.get();
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 750, "two 400 ms commits overlapped: both stored after " + millis + " ms");
        } finally {
            callers.shutdown();
        }
        assertEquals(Set.of("first", "second"), slow.stored);
        assertEquals(2, slow.writes.get());
    }

    @Test
    void aFailedWriteFailsItsCallersOnly() {
        SlowLog slow = new SlowLog();
        slow.failOn = "bad";
        try (GroupCommitLog log = new GroupCommitLog(slow)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> log.append(record("bad")));
            assertEquals("the disk is full", e.getMessage());
            log.append(record("good"));
        }
        assertEquals(Set.of("good"), slow.stored);
    }
}
