package org.strata.registry.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The append-only record of every query. */
public interface QueryLog {
    /** Records a query. */
    void append(QueryRecord record);

    /** Records the rows of one query that disclosed several units, together. */
    void appendAll(List<QueryRecord> records);

    /** The record a receipt names. */
    Optional<QueryRecord> byReceipt(String receipt);

    /** The queries about any of these units, newest first, at most {@code limit}. */
    List<QueryRecord> about(Collection<String> unitCodes, int limit);
}
