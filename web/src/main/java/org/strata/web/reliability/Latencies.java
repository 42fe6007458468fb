package org.strata.web.reliability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Answers told by clients, per period: how many, how many were errors (5xx, or no answer at all), and their
 * latencies, from which the period's p50 and p99 are read. A 4xx is the service refusing what the law or the input
 * forbids, not an error.
 */
final class Latencies {
    private final List<Period> periods = new ArrayList<>();
    private Period current = new Period();

    synchronized void answered(int status, long nanos) {
        current.add(nanos, status >= 500);
    }

    synchronized void failed() {
        current.errors++;
    }

    /** Closes the current period and starts the next; returns the closed one. */
    synchronized Period next() {
        Period closed = current;
        periods.add(closed);
        current = new Period();
        return closed;
    }

    synchronized List<Period> periods() {
        return List.copyOf(periods);
    }

    /** One period's answers. */
    static final class Period {
        private long[] nanos = new long[1024];
        private int count;
        int errors;

        void add(long value, boolean error) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
            errors += error ? 1 : 0;
        }

        int count() {
            return count;
        }

        /** The latency at quantile {@code q} in milliseconds. */
        double quantileMs(double q) {
            if (count == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) Math.floor(q * count))] / 1e6;
        }
    }
}
