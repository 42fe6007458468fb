package org.strata.registry.online;

import java.util.Optional;

/** The records other departments share with the registry (a storage port; both stores implement it). */
public interface SharedRecords {
    /** The record with this source and reference. */
    Optional<SharedRecord> find(SharedRecord.Source source, String reference);

    /** Stores or replaces a record, as the source's feed delivers it. */
    void put(SharedRecord record);
}
