package org.strata.web.http;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the access log's lines from one background thread, in the order they were handed over, so that requests
 * never queue on the log's output stream (a synchronised write per line held 32 concurrent lookups up to half their
 * time); when the backlog is full a line is written at once instead.
 */
final class AccessLogWriter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.LOGGER);
    private static final BlockingQueue<String> LINES = new LinkedBlockingQueue<>(100_000);
    private static final AtomicInteger PENDING = new AtomicInteger();

    static {
        Thread writer = new Thread(AccessLogWriter::drain, "strata-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    private AccessLogWriter() {}

    static void write(String line) {
        PENDING.incrementAndGet();
        if (!LINES.offer(line)) {
            LOG.info(line);
            PENDING.decrementAndGet();
        }
    }

    /** Waits until every line handed over so far is written (for tests and shutdown). */
    static void flush() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (PENDING.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static void drain() {
        while (true) {
            try {
                String line = LINES.take();
                LOG.info(line);
                PENDING.decrementAndGet();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                PENDING.decrementAndGet();
            }
        }
    }
}
