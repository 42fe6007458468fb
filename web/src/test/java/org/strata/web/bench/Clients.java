package org.strata.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients working side by side until a deadline, each on its own thread, and the rate of what they completed; the
 * first failure of any client stops the run and is thrown.
 */
final class Clients {
    /** What one client does until {@code end} (a {@link System#nanoTime()}): it returns how many it completed. */
    interface Work {
        long run(int client, long end) throws Exception;
    }

    private Clients() {}

    /** Completions per second of {@code clients} clients working for {@code seconds}. */
    static double perSecond(int clients, int seconds, Work work) throws Exception {
        AtomicLong done = new AtomicLong();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            Thread thread = new Thread(() -> {
                try {
                    done.addAndGet(work.run(client, end));
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        long started = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }
}
