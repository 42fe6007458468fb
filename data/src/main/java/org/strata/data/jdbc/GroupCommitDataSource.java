package org.strata.data.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A pool whose write transactions ({@link Jdbc#write}) are committed in groups, for a database with one writer at a
 * time and a costly commit (SQLite: an fsync each): one thread runs the transactions waiting at that moment one after
 * the other on one connection, each inside a savepoint — a transaction that fails is rolled back to its savepoint
 * alone and told its failure — and commits them together; each caller returns only once the commit is on disk. A
 * transaction started from within another (on the writer thread) runs inside it.
 */
public final class GroupCommitDataSource extends HikariDataSource {
    /** Most transactions one commit covers. */
    private static final int MAX_GROUP = 64;

    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closing;
    private final AtomicLong commits = new AtomicLong();
    private Connection current; // the writer thread's connection while it runs a group

    /** A pool over the configuration, with its writer thread started. */
    public GroupCommitDataSource(HikariConfig config) {
        super(config);
        writer = new Thread(this::writeGroups, config.getPoolName() + "-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs work in a transaction committed, with others waiting, before this returns. */
    <T> T write(SqlWork<T> work) throws SQLException {
        if (Thread.currentThread() == writer) {
            return nested(work);
        }
        if (closing) {
            throw new SQLException("the store is closing: nothing more is written");
        }
        Job<T> job = new Job<>(work);
        queue.add(job);
        try {
            return job.done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the commit", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new SQLException(cause);
        }
    }

    private <T> T nested(SqlWork<T> work) throws SQLException {
        Savepoint savepoint = current.setSavepoint();
        try {
            T result = work.run(current);
            current.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            current.rollback(savepoint);
            throw e;
        }
    }

    private void writeGroups() {
        while (!closing || !queue.isEmpty()) {
            List<Job<?>> group = new ArrayList<>();
            try {
                Job<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                group.forEach(j -> j.done.completeExceptionally(new SQLException("the store closed", e)));
                return;
            } catch (Throwable t) { // the writer thread must outlive any one group; its callers are told
                group.forEach(j -> j.done.completeExceptionally(t));
            }
        }
    }

    /** Runs a group's transactions each in its savepoint, commits them together, then tells their callers. */
    private void commit(List<Job<?>> group) throws SQLException {
        List<Job<?>> ran = new ArrayList<>();
        try (Connection c = getConnection()) {
            c.setAutoCommit(false);
            current = c;
            try {
                for (Job<?> job : group) {
                    Savepoint savepoint = c.setSavepoint();
                    try {
                        job.run(c);
                        c.releaseSavepoint(savepoint);
                        ran.add(job);
                    } catch (Jdbc.SqlFailure e) {
                        c.rollback(savepoint);
                        job.done.completeExceptionally(e.getCause());
                    } catch (SQLException | RuntimeException | Error e) {
                        c.rollback(savepoint);
                        job.done.completeExceptionally(e);
                    }
                }
                c.commit();
                commits.incrementAndGet();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the commit's own failure is what the callers are told
                }
                ran.forEach(j -> j.done.completeExceptionally(e));
                return;
            } finally {
                current = null;
                c.setAutoCommit(true);
            }
        }
        ran.forEach(Job::complete);
    }

    /** How many commits the writer has made. */
    long commits() {
        return commits.get();
    }

    @Override
    public void close() {
        closing = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.close();
    }

    /** One caller's transaction and the answer it waits for. */
    private static final class Job<T> {
        private final SqlWork<T> work;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;

        Job(SqlWork<T> work) {
            this.work = work;
        }

        void run(Connection c) throws SQLException {
            result = work.run(c);
        }

        void complete() {
            done.complete(result);
        }
    }
}
