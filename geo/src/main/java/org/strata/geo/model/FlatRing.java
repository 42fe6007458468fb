package org.strata.geo.model;

/** Point location against a closed ring kept as flat (x, y) pairs, without building geometry objects. */
public final class FlatRing {
    private static final double EPS = 1e-9;

    private FlatRing() {}

    /**
     * Where a point lies relative to a closed ring: 1 inside, 0 on the boundary, -1 outside (crossing number).
     *
     * @param ring x0, y0, x1, y1, ... with the first point repeated at the end
     */
    public static int locate(double[] ring, double x, double y) {
        int crossings = 0;
        for (int i = 0; i + 3 < ring.length; i += 2) {
            double x1 = ring[i];
            double y1 = ring[i + 1];
            double x2 = ring[i + 2];
            double y2 = ring[i + 3];
            if (onSegment(x, y, x1, y1, x2, y2)) {
                return 0;
            }
            if ((y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1)) {
                crossings++;
            }
        }
        return crossings % 2 == 1 ? 1 : -1;
    }

    private static boolean onSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double cross = (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1);
        if (Math.abs(cross) > EPS * Math.max(Math.hypot(x2 - x1, y2 - y1), 1)) {
            return false;
        }
        return px >= Math.min(x1, x2) - EPS
                && px <= Math.max(x1, x2) + EPS
                && py >= Math.min(y1, y2) - EPS
                && py <= Math.max(y1, y2) + EPS;
    }
}
