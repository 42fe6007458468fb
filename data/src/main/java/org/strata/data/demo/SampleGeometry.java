package org.strata.data.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo project's site as the sample packages survey it, relative to the site's south-west corner: an 80 m ×
 * 100 m plot, a building of 30 m × 20 m with one basement floor and six floors of two units each, green space,
 * a fire lane and pipeline points. Heights are metres of the 1985 datum; the ground lies at 8 m.
 */
final class SampleGeometry {
    static final double GROUND = 8.0;
    static final double PARCEL_WIDTH = 80;
    static final double PARCEL_DEPTH = 100;
    static final double PARCEL_BOTTOM = GROUND - 20;
    static final double PARCEL_TOP = GROUND + 80;
    static final double[] BUILDING = {20, 30, 50, 50};
    static final double BASEMENT_BOTTOM = GROUND - 4;
    static final int FLOORS = 6;
    static final double STOREY = 3;
    static final double INNER_SHARE = 0.85;

    private SampleGeometry() {}

    /** One unit: code suffix, floor, room, use, box relative to the site (x0, y0, z0, x1, y1, z1), areas. */
    record Unit(String code, int floor, String room, String use, double[] box, double buildingArea, double innerArea) {
        double sharedArea() {
            return Math.round((buildingArea - innerArea) * 100) / 100.0;
        }
    }

    static double buildingTop() {
        return GROUND + FLOORS * STOREY;
    }

    /**
     * The units.
     *
     * @param areaFactor scales the areas of the units above ground (1 for the predicted areas)
     * @param overlap widens unit 0102 two metres into 0101
     */
    static List<Unit> units(String buildingCode, double areaFactor, boolean overlap) {
        String prefix = buildingCode.substring(0, 24);
        List<Unit> out = new ArrayList<>();
        double[] b = BUILDING;
        double footprint = (b[2] - b[0]) * (b[3] - b[1]);
        out.add(new Unit(
                prefix + "9001",
                -1,
                "B1",
                "parking",
                new double[] {b[0], b[1], BASEMENT_BOTTOM, b[2], b[3], GROUND},
                footprint,
                footprint));
        double mid = (b[0] + b[2]) / 2;
        for (int floor = 1; floor <= FLOORS; floor++) {
            double z0 = GROUND + (floor - 1) * STOREY;
            for (int n = 1; n <= 2; n++) {
                double west = n == 1 ? b[0] : mid - (overlap && floor == 1 ? 2 : 0);
                double east = n == 1 ? mid : b[2];
                double area = round((mid - b[0]) * (b[3] - b[1]) * areaFactor);
                out.add(new Unit(
                        prefix + String.format("%02d%02d", floor, n),
                        floor,
                        floor + "0" + n,
                        floor == 1 ? "31" : "11", // shops on the ground floor, flats above
                        new double[] {west, b[1], z0, east, b[3], z0 + STOREY},
                        area,
                        round(area * INNER_SHARE)));
            }
        }
        return out;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
