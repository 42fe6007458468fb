package org.strata.geo.crs;

/**
 * Converts normal heights of the 1985 national height datum to heights above the WGS84/CGCS2000 ellipsoid,
 * which 3D viewers need, with one named, configured geoid offset (the local height anomaly).
 *
 * @param geoidOffsetMetres the height of the quasi-geoid above the ellipsoid at the area, metres
 */
public record HeightConversion(double geoidOffsetMetres) {
    /**
     * An approximate height anomaly for central Hangzhou, metres; configure the surveyed local value in
     * production (the offset varies by some decimetres across a city).
     */
    public static final double HANGZHOU_GEOID_OFFSET_METRES = 9.6;

    /** Checks the offset is finite and plausible (|offset| below 200 m). */
    public HeightConversion {
        if (!Double.isFinite(geoidOffsetMetres) || Math.abs(geoidOffsetMetres) > 200) {
            throw new IllegalArgumentException("geoidOffsetMetres " + geoidOffsetMetres + " is not a plausible offset");
        }
    }

    /** The ellipsoidal height of a 1985-datum height. */
    public double toEllipsoidal(double heightMetres1985) {
        return heightMetres1985 + geoidOffsetMetres;
    }
}
