package org.strata.geo.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.strata.geo.model.Volume;

/** Volumes, plan areas and point containment of prisms, stepped prisms and polyhedra. */
class VolumeOpTest {
    private static Volume volume(String text) throws ParseException {
        return OverlapCasesTest.volume(text);
    }

    @Test
    void volumesAndPlanAreas() throws ParseException {
        Volume ramp = volume("hexa 0 0 0; 10 0 0; 10 10 0; 0 10 0; 0 0 0; 10 0 4; 10 10 4; 0 10 0");
        assertEquals(200, VolumeOp.volume(ramp), 1e-9);
        assertEquals(100, VolumeOp.planArea(ramp), 1e-9);
        Volume stepped = volume("POLYGON ((0 0, 40 0, 40 30, 0 30, 0 0)) @ -8..0 + "
                + "POLYGON ((10 5, 30 5, 30 25, 10 25, 10 5)) @ -16..-8");
        assertEquals(1200 * 8 + 400 * 8, VolumeOp.volume(stepped), 1e-9);
        assertEquals(1200, VolumeOp.planArea(stepped), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, VolumeOp.volume(volume("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0)) @ ..")));
    }

    @Test
    void pointsInPolyhedraAndStrata() throws ParseException {
        Volume ramp = volume("hexa 0 0 0; 10 0 0; 10 10 0; 0 10 0; 0 0 0; 10 0 4; 10 10 4; 0 10 0");
        assertTrue(ContainmentOp.contains(ramp, 9, 5, 3));
        assertFalse(ContainmentOp.contains(ramp, 1, 5, 3), "above the slope");
        Volume floor = volume("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) @ 3..6");
        assertTrue(ContainmentOp.contains(floor, 5, 5, 3), "the floor plane belongs to the stratum above it");
        assertFalse(ContainmentOp.contains(floor, 5, 5, 6), "the ceiling plane belongs to the stratum above");
        assertTrue(ContainmentOp.within(volume("POLYGON ((6 2, 8 2, 8 4, 6 4, 6 2)) @ 0..1"), ramp));
        assertFalse(ContainmentOp.within(volume("POLYGON ((0 2, 4 2, 4 4, 0 4, 0 2)) @ 0..1"), ramp));
    }
}
