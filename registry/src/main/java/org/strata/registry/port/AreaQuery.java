package org.strata.registry.port;

import java.util.Objects;
import java.util.Optional;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;

/**
 * A page request for features in an area: an optional EPSG:4549 box, a height range whose interior the
 * feature's range must share (unbounded by default), optionally a window of legal time the feature's registration
 * must have been valid in, and offset/limit paging in unit-code order.
 *
 * @param box the area, EPSG:4549 easting/northing; empty for everywhere
 * @param heights the vertical window in metres of the 1985 datum
 * @param offset how many matching features to skip, at least 0
 * @param limit how many to return, 1 to {@link #MAX_LIMIT}
 * @param validDuring the legal time the feature was registered and not cancelled in; empty for any, registered or not
 * @param filter a CQL2 filter on the features' queryables; empty for none
 */
public record AreaQuery(
        Optional<GridBox> box,
        HeightRange heights,
        long offset,
        int limit,
        Optional<TimeWindow> validDuring,
        Optional<FeatureFilter> filter) {
    /** The largest page a store returns. */
    public static final int MAX_LIMIT = 10_000;

    /** A query with no time window. */
    public AreaQuery(Optional<GridBox> box, HeightRange heights, long offset, int limit) {
        this(box, heights, offset, limit, Optional.empty(), Optional.empty());
    }

    /** A query with a time window and no filter. */
    public AreaQuery(
            Optional<GridBox> box, HeightRange heights, long offset, int limit, Optional<TimeWindow> validDuring) {
        this(box, heights, offset, limit, validDuring, Optional.empty());
    }

    /** Checks the paging arguments. */
    public AreaQuery {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(validDuring, "validDuring");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(heights, "heights");
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is outside 1-" + MAX_LIMIT);
        }
    }

    /** The same query with another page size. */
    public AreaQuery withLimit(int newLimit) {
        return new AreaQuery(box, heights, offset, newLimit, validDuring, filter);
    }

    /** The same query with a filter. */
    public AreaQuery withFilter(Optional<FeatureFilter> newFilter) {
        return new AreaQuery(box, heights, offset, limit, validDuring, newFilter);
    }

    /** Everything, first page of the given size. */
    public static AreaQuery all(int limit) {
        return new AreaQuery(Optional.empty(), HeightRange.unbounded(), 0, limit);
    }

    /** A box, first page of the given size. */
    public static AreaQuery in(GridBox box, int limit) {
        return new AreaQuery(Optional.of(box), HeightRange.unbounded(), 0, limit);
    }
}
