package org.strata.registry.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.strata.registry.Futures;

/**
 * A query log that records the queries of concurrent callers together — group commit: a writer takes everything
 * waiting and writes it in one transaction of the log it wraps, then lets each caller go. A caller still returns only
 * once its records are stored (a failure of the write is thrown to every caller of that group), so a query is never
 * answered unrecorded; what changes is that many queries share one commit instead of paying for one each. Several
 * writers take turns, so that the queries arriving while one group's commit waits for the disk are written as the
 * next group at once rather than after it (PostgreSQL flushes concurrent commits together).
 */
public final class GroupCommitLog implements QueryLog, AutoCloseable {
    /** Records written together at most, so one group's transaction stays short. */
    static final int MAX_GROUP = 2_000;

    private record Pending(List<QueryRecord> records, CompletableFuture<Void> stored) {}

    private final QueryLog log;
    /** Groups being written at once, at most. */
    static final int WRITERS = 4;

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /** Groups the writes to {@code log} with {@link #WRITERS} writers; its reads go straight to it. */
    public GroupCommitLog(QueryLog log) {
        this(log, WRITERS);
    }

    /** Groups the writes to {@code log} with {@code writers} writers; its reads go straight to it. */
    public GroupCommitLog(QueryLog log, int writers) {
        this.log = log;
        for (int i = 0; i < writers; i++) {
            Thread writer = new Thread(this::write, "strata-query-log-" + i);
            writer.setDaemon(true);
            writer.start();
            this.writers.add(writer);
        }
    }

    @Override
    public void append(QueryRecord record) {
        appendAll(List.of(record));
    }

    @Override
    public void appendAll(List<QueryRecord> records) {
        if (closed) {
            throw new IllegalStateException("the query log is closed");
        }
        Pending p = new Pending(List.copyOf(records), new CompletableFuture<>());
        queue.add(p);
        Futures.await(p.stored(), "the query was recorded");
    }

    private void write() {
        Pending carried = null; // taken from the queue but too many for the last group: first of the next
        while (!closed || !queue.isEmpty() || carried != null) {
            List<Pending> group = new ArrayList<>();
            if (carried != null) {
                group.add(carried);
                carried = null;
            } else {
                try {
                    Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    group.add(first);
                } catch (InterruptedException e) {
                    continue;
                }
            }
            int size = group.get(0).records().size();
            for (Pending next = queue.poll(); next != null; next = queue.poll()) {
                if (size + next.records().size() > MAX_GROUP) {
                    carried = next;
                    break;
                }
                group.add(next);
                size += next.records().size();
            }
            List<QueryRecord> records = new ArrayList<>(size);
            group.forEach(p -> records.addAll(p.records()));
            try {
                log.appendAll(records);
                group.forEach(p -> p.stored().complete(null));
            } catch (RuntimeException e) {
                group.forEach(p -> p.stored().completeExceptionally(e));
            }
        }
    }

    @Override
    public Optional<QueryRecord> byReceipt(String receipt) {
        return log.byReceipt(receipt);
    }

    @Override
    public List<QueryRecord> about(Collection<String> unitCodes, int limit) {
        return log.about(unitCodes, limit);
    }

    /** Writes what is waiting and stops the writers. */
    @Override
    public void close() {
        closed = true;
        try {
            for (Thread writer : writers) {
                writer.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
