package org.strata.geo.tiles3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Earth-centred coordinates and tile frames: known points of the ellipsoid, east-north-up axes, and a child's frame
 * within its parent's mapping a point to where the child's own frame puts it (what a 3D Tiles client multiplies).
 */
class EcefTest {
    @Test
    void knownPointsOfTheEllipsoid() {
        assertArrayEquals(new double[] {Ecef.A, 0, 0}, Ecef.of(0, 0, 0), 1e-6);
        double b = Ecef.A * (1 - Ecef.F);
        assertArrayEquals(new double[] {0, 0, b + 10}, Ecef.of(0, 90, 10), 1e-6);
        double[] up = Ecef.eastNorthUp(120, 30);
        double[] p = Ecef.of(120, 30, 0);
        double[] q = Ecef.of(120, 30, 100);
        for (int i = 0; i < 3; i++) {
            assertEquals(100 * up[6 + i], q[i] - p[i], 1e-6, "up is the ellipsoid's normal");
        }
    }

    @Test
    void aChildFrameWithinItsParentPutsPointsWhereTheChildsFrameDoes() {
        double[] parent = Ecef.frame(120.1, 30.2);
        double[] child = Ecef.frame(120.13, 30.26);
        double[] relative = Ecef.relative(parent, child);
        double[] local = {12.5, -40, 33};
        double[] direct = apply(child, local);
        double[] nested = apply(parent, apply(relative, local));
        assertArrayEquals(direct, nested, 1e-6);
    }

    /** A column-major 4×4 matrix applied to a point. */
    private static double[] apply(double[] m, double[] p) {
        double[] r = new double[3];
        for (int row = 0; row < 3; row++) {
            r[row] = m[row] * p[0] + m[4 + row] * p[1] + m[8 + row] * p[2] + m[12 + row];
        }
        return r;
    }
}
