package org.strata.registry;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, its failure rethrown to the one waiting. */
public final class Futures {
    private Futures() {}

    /**
     * The future's value once it is done. A runtime failure of the work is rethrown as it is, any other failure
     * inside an {@link IllegalStateException}; an interrupt keeps the thread's flag and ends the wait with an
     * {@link IllegalStateException} saying what was awaited.
     */
    public static <T> T await(Future<T> future, String awaited) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + awaited, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
