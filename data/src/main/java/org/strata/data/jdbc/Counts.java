package org.strata.data.jdbc;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.FeatureKind;

/**
 * How many features of each kind the cadastre holds, kept as features are added (the cadastre only grows, by plain
 * inserts) instead of counting the table for every unfiltered page; read again from the table after
 * {@link Extents#REREAD}, so writes by another server or a bulk import show within that time.
 */
final class Counts {
    private record Known(long count, long readAtNanos) {}

    private final Map<FeatureKind, Known> known = new EnumMap<>(FeatureKind.class);

    /** The count of a kind, from memory or, when unknown or old, from {@code scan}. */
    synchronized long of(FeatureKind kind, ToLongFunction<FeatureKind> scan) {
        Known k = known.get(kind);
        long now = System.nanoTime();
        if (k == null || now - k.readAtNanos() > Extents.REREAD.toNanos()) {
            k = new Known(scan.applyAsLong(kind), now);
            known.put(kind, k);
        }
        return k.count();
    }

    /** Adds what was added (after it is committed). */
    synchronized void added(CadastreContents contents) {
        grow(FeatureKind.PARCEL, contents.parcels().size());
        grow(FeatureKind.BUILDING, contents.buildings().size());
        grow(FeatureKind.UNIT, contents.units().size());
        grow(FeatureKind.RIGHT, contents.parcels().size() + contents.units().size());
    }

    private void grow(FeatureKind kind, long more) {
        Known k = known.get(kind);
        if (k != null) {
            known.put(kind, new Known(k.count() + more, k.readAtNanos()));
        }
    }
}
