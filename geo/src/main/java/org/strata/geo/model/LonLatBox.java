package org.strata.geo.model;

/**
 * An axis-aligned box in longitude and latitude, degrees (CRS84 order).
 *
 * @param minLongitude west edge, degrees
 * @param minLatitude south edge, degrees
 * @param maxLongitude east edge, degrees
 * @param maxLatitude north edge, degrees
 */
public record LonLatBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {
    /** Checks ranges: longitudes within [-180, 180], latitudes within [-90, 90], min not above max. */
    public LonLatBox {
        Checks.within("minLongitude", minLongitude, -180, 180);
        Checks.within("maxLongitude", maxLongitude, -180, 180);
        Checks.within("minLatitude", minLatitude, -90, 90);
        Checks.within("maxLatitude", maxLatitude, -90, 90);
        if (minLatitude > maxLatitude) {
            throw new IllegalArgumentException("minLatitude " + minLatitude + " exceeds maxLatitude " + maxLatitude);
        }
        if (minLongitude > maxLongitude) {
            throw new IllegalArgumentException("minLongitude " + minLongitude + " exceeds maxLongitude " + maxLongitude
                    + " (boxes crossing the antimeridian are not supported)");
        }
    }
}
