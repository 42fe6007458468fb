package org.strata.data.jdbc;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.GridBox;
import org.strata.registry.port.CadastreContents;
import org.strata.registry.port.FeatureKind;

/**
 * The box around each kind of feature, kept as features are added (the cadastre only grows) instead of scanning the
 * table per request; read again from the table after {@link #REREAD}, so writes by another server on the same
 * database show within that time.
 */
final class Extents {
    static final Duration REREAD = Duration.ofSeconds(60);

    private record Known(Optional<GridBox> box, long readAtNanos) {}

    private final Map<FeatureKind, Known> known = new EnumMap<>(FeatureKind.class);

    /** The extent of a kind, from memory or, when unknown or old, from {@code scan}. */
    synchronized Optional<GridBox> of(FeatureKind kind, Function<FeatureKind, Optional<GridBox>> scan) {
        Known k = known.get(kind);
        long now = System.nanoTime();
        if (k == null || now - k.readAtNanos() > REREAD.toNanos()) {
            k = new Known(scan.apply(kind), now);
            known.put(kind, k);
        }
        return k.box();
    }

    /** Grows the known extents by what was added (after it is committed). */
    synchronized void added(CadastreContents contents) {
        grow(FeatureKind.PARCEL, contents.parcels().stream().map(p -> p.footprint()));
        grow(FeatureKind.BUILDING, contents.buildings().stream().map(b -> b.footprint()));
        grow(FeatureKind.UNIT, contents.units().stream().map(u -> u.footprint()));
        grow(
                FeatureKind.RIGHT,
                Stream.concat(
                        contents.parcels().stream().map(p -> p.footprint()),
                        contents.units().stream().map(u -> u.footprint())));
    }

    private void grow(FeatureKind kind, Stream<Footprint> footprints) {
        Known k = known.get(kind);
        if (k == null) {
            return;
        }
        Optional<GridBox> box = k.box();
        for (Footprint f : (Iterable<Footprint>) footprints::iterator) {
            Envelope e = f.polygon().getEnvelopeInternal();
            GridBox b = new GridBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
            box = Optional.of(box.map(b::union).orElse(b));
        }
        known.put(kind, new Known(box, k.readAtNanos()));
    }
}
