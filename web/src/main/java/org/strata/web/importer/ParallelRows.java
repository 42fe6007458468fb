package org.strata.web.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads and checks the features of an import file on every core, handing the results on in the file's order: the
 * file is read on the calling thread in batches, each batch is parsed (GeoJSONSeq lines), read as rows and checked
 * on a worker, and a bounded number of batches is in flight so memory holds only the rows already checked.
 */
final class ParallelRows {
    /** Features per batch handed to a worker. */
    private static final int BATCH = 512;

    /** What a worker does with one feature: its row, or {@link RowRejected} naming the rule it breaks. */
    interface RowCheck {
        ImportRow check(long row, JsonNode feature);
    }

    private final int threads;

    /** A reader on {@code threads} workers. */
    ParallelRows(int threads) {
        this.threads = Math.max(1, threads);
    }

    /**
     * Reads every feature of the file through the check.
     *
     * @param accepted told each row that passed, in file order
     * @param rejected told each row that did not, in file order
     * @param step told once per feature read, in file order
     * @throws IllegalArgumentException when the file itself cannot be read (not JSON), as {@link FeatureFile} says
     */
    void read(
            FeatureFile features,
            RowCheck check,
            Consumer<ImportRow> accepted,
            Consumer<Reject> rejected,
            Runnable step)
            throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-check");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<List<Object>>> inFlight = new ArrayDeque<>();
            long row = 0;
            List<FeatureFile.Raw> batch = new ArrayList<>(BATCH);
            for (Optional<FeatureFile.Raw> f = features.nextRaw(); f.isPresent(); f = features.nextRaw()) {
                row++; // the feature's place in the file, from 1
                batch.add(f.get());
                if (batch.size() == BATCH) {
                    inFlight.add(workers.submit(checker(batch, row - BATCH + 1, check)));
                    batch = new ArrayList<>(BATCH);
                    if (inFlight.size() > 2 * threads) {
                        handOn(inFlight.poll(), accepted, rejected, step);
                    }
                }
            }
            if (!batch.isEmpty()) {
                inFlight.add(workers.submit(checker(batch, row - batch.size() + 1, check)));
            }
            while (!inFlight.isEmpty()) {
                handOn(inFlight.poll(), accepted, rejected, step);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static java.util.concurrent.Callable<List<Object>> checker(
            List<FeatureFile.Raw> batch, long firstRow, RowCheck check) {
        return () -> {
            List<Object> results = new ArrayList<>(batch.size());
            long row = firstRow;
            for (FeatureFile.Raw raw : batch) {
                try {
                    results.add(check.check(row, raw.parse()));
                } catch (RowRejected e) {
                    results.add(new Reject(row, e.rule(), e.getMessage()));
                }
                row++;
            }
            return results;
        };
    }

    private static void handOn(
            Future<List<Object>> batch, Consumer<ImportRow> accepted, Consumer<Reject> rejected, Runnable step)
            throws IOException {
        List<Object> results;
        try {
            results = batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking the rows", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
        for (Object r : results) {
            if (r instanceof ImportRow ok) {
                accepted.accept(ok);
            } else {
                rejected.accept((Reject) r);
            }
            step.run();
        }
    }
}
