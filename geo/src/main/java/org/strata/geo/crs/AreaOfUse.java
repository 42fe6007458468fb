package org.strata.geo.crs;

import org.strata.geo.model.GridBox;
import org.strata.geo.model.LonLatBox;

/**
 * Where EPSG:4549 may be used, as the EPSG database states it (China between 118°30'E and 121°30'E, 24°25'48"N to
 * 53°19'48"N), and the heights a registered volume may reach in the 1985 national height datum. Coordinates
 * outside it are refused at every entry, so that no computation meets a coordinate the grid was never meant for.
 */
public final class AreaOfUse {
    /** The area of use of EPSG:4549 in CGCS2000 longitude and latitude, degrees. */
    public static final LonLatBox EPSG_4549_LON_LAT = new LonLatBox(118.5, 24.43, 121.5, 53.33);

    /**
     * The same area in EPSG:4549 grid coordinates (easting, northing in metres): the box of its densified edges,
     * rounded outward to whole kilometres.
     */
    public static final GridBox EPSG_4549 = new GridBox(347_000, 2_702_000, 653_000, 5_913_000);

    /** The lowest height a volume may reach: 1,000 m below the datum (deep foundations, tunnels, mines). */
    public static final double LOWEST_METRES = -1_000;

    /** The highest height a volume may reach: 9,000 m above the datum. */
    public static final double HIGHEST_METRES = 9_000;

    private AreaOfUse() {}

    /** Whether an EPSG:4549 position (easting, northing in metres) lies in the area of use. */
    public static boolean contains(double easting, double northing) {
        return EPSG_4549.minEasting() <= easting
                && easting <= EPSG_4549.maxEasting()
                && EPSG_4549.minNorthing() <= northing
                && northing <= EPSG_4549.maxNorthing();
    }

    /** Whether a height in metres of the 1985 datum lies within the heights a volume may reach. */
    public static boolean containsHeight(double metres) {
        return LOWEST_METRES <= metres && metres <= HIGHEST_METRES;
    }

    /** The area in words, for messages. */
    public static String describe() {
        return "EPSG:4549's area of use: easting " + (long) EPSG_4549.minEasting() + " to "
                + (long) EPSG_4549.maxEasting() + " m, northing " + (long) EPSG_4549.minNorthing() + " to "
                + (long) EPSG_4549.maxNorthing() + " m";
    }
}
