package org.strata.data.bench;

import java.util.Random;

/**
 * The time of one dependent random memory read over a working set of a given size (a pointer chase through a
 * shuffled cycle), the reference that explains how an in-memory lookup's time grows with the data it touches.
 */
final class MemoryLatency {
    private static final int STEPS = 2_000_000;

    private MemoryLatency() {}

    /** Nanoseconds per read over {@code bytes} of memory, the best of three passes. */
    static double nanosPerRead(long bytes) {
        int n = (int) Math.min(Integer.MAX_VALUE - 8, bytes / Integer.BYTES);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(7);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[order[i]] = order[(i + 1) % n];
        }
        double best = Double.MAX_VALUE;
        int at = 0;
        for (int pass = 0; pass < 3; pass++) {
            long started = System.nanoTime();
            for (int i = 0; i < STEPS; i++) {
                at = next[at];
            }
            best = Math.min(best, (System.nanoTime() - started) / (double) STEPS);
        }
        if (at < 0) {
            throw new AssertionError("unreachable: keeps the chase from being optimised away");
        }
        return best;
    }
}
