package org.strata.data.demo;

/**
 * The fixed dimensions of the demo area, in metres: blocks separated by streets, a main east-west
 * street with an underground concourse below it and a footbridge above it. Heights are metres in the
 * 1985 national height datum.
 */
final class DemoLayout {
    /** The ground surface reference of the demo area (West Lake plain), metres. */
    static final double GROUND_METRES = 8.0;
    /** Side of a square city block, metres. */
    static final double BLOCK_METRES = 190;
    /** Width of a street, metres. */
    static final double STREET_METRES = 24;
    /** The main street's registered right reaches this far below ground, metres. */
    static final double STREET_DEPTH_METRES = 3;
    /** The main street's registered right reaches this far above ground (clearance under the bridge), metres. */
    static final double STREET_CLEARANCE_METRES = 6;
    /** The underground parcel's bottom below ground, metres. */
    static final double CONCOURSE_DEPTH_METRES = 25;
    /** The footbridge parcel's top above ground, metres. */
    static final double BRIDGE_TOP_METRES = 12;
    /** Centre of the area: longitude, degrees (CGCS2000). */
    static final double CENTRE_LONGITUDE = 120.13;
    /** Centre of the area: latitude, degrees (CGCS2000). */
    static final double CENTRE_LATITUDE = 30.26;

    private DemoLayout() {}

    /** The side of the whole area for {@code size} blocks a side, metres. */
    static double sideMetres(int size) {
        return size * BLOCK_METRES + (size + 1) * STREET_METRES;
    }

    /** The west (or south) edge of block {@code index}, metres from the area's west (or south) edge. */
    static double blockStart(int index) {
        return STREET_METRES + index * (BLOCK_METRES + STREET_METRES);
    }
}
