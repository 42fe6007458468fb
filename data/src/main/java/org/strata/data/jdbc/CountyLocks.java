package org.strata.data.jdbc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One transaction of a county at a time within this process, before it asks the database for the county's chain
 * lock: without it, every pooled connection could be held by a transaction waiting for that lock while the one holding
 * it waits for a connection to read with. A store whose writes all run on one connection needs none ({@link #NONE}).
 */
final class CountyLocks {
    /** No lock: the writes are ordered already. */
    static final CountyLocks NONE = new CountyLocks(false);

    private final boolean locking;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    CountyLocks() {
        this(true);
    }

    private CountyLocks(boolean locking) {
        this.locking = locking;
    }

    /** Runs the work holding the county's lock. */
    <T> T holding(String county, Supplier<T> work) {
        if (!locking) {
            return work.get();
        }
        ReentrantLock lock = locks.computeIfAbsent(county, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
