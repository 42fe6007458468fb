package org.strata.registry.access;

import java.util.List;
import java.util.Optional;
import org.strata.registry.actor.Actor;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.space.SpaceQueries;

/**
 * The 3D point and column queries as the service answers them: the volumes are found by {@link SpaceQueries} and
 * the query is recorded, one row per unit under one receipt, before the answer is returned.
 */
public final class SpaceLookup {
    private final SpaceQueries space;
    private final UnitLookup lookup;

    /** Queries over {@code space}, recorded through {@code lookup}. */
    public SpaceLookup(SpaceQueries space, UnitLookup lookup) {
        this.space = space;
        this.lookup = lookup;
    }

    /**
     * A recorded point query.
     *
     * @param volumes the volumes containing the point, lowest first
     * @param receipt the receipt of the recorded query
     */
    public record Point(List<RegisteredVolume> volumes, String receipt) {
        /** Copies the list. */
        public Point {
            volumes = List.copyOf(volumes);
        }
    }

    /**
     * A recorded column query.
     *
     * @param column what lies above and below the spot
     * @param receipt the receipt of the recorded query
     */
    public record Column(SpaceQueries.Column column, String receipt) {}

    /** The volumes containing a point (EPSG:4549 metres, height in the 1985 datum), recorded for the asker. */
    public Point at(
            Actor actor,
            Purpose purpose,
            Optional<String> caseReference,
            double easting,
            double northing,
            double heightMetres) {
        List<RegisteredVolume> found = space.at(easting, northing, heightMetres);
        return new Point(found, record(actor, purpose, caseReference, found));
    }

    /** Everything above and below a spot, recorded for the asker. */
    public Column column(
            Actor actor, Purpose purpose, Optional<String> caseReference, double easting, double northing) {
        SpaceQueries.Column column = space.column(easting, northing);
        return new Column(column, record(actor, purpose, caseReference, column.volumes()));
    }

    private String record(Actor actor, Purpose purpose, Optional<String> caseReference, List<RegisteredVolume> found) {
        return lookup.recordArea(
                actor,
                purpose,
                caseReference,
                found.stream().map(RegisteredVolume::unitCode).toList());
    }
}
