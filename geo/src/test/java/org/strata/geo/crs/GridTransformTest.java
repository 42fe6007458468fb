package org.strata.geo.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.LonLatBox;

/** EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E) to and from longitude, latitude, easting first. */
class GridTransformTest {
    private static GridTransform transform;

    @BeforeAll
    static void load() {
        transform = GridTransform.epsg4549();
    }

    @Test
    void theCentralMeridianIsAtEasting500000() {
        double[] grid = transform.toGrid(120.0, 30.26);
        assertEquals(500_000.0, grid[0], 1e-6);
        assertTrue(grid[1] > 3_340_000 && grid[1] < 3_360_000, "northing " + grid[1]);
    }

    @Test
    void eastOfTheMeridianIsEastOf500000AndTheRoundTripIsExact() {
        double[] grid = transform.toGrid(120.13, 30.26);
        assertEquals(512_500, grid[0], 100);
        double[] back = transform.toLonLat(grid[0], grid[1]);
        assertEquals(120.13, back[0], 1e-9);
        assertEquals(30.26, back[1], 1e-9);
    }

    @Test
    void boxesCoverTheirTransformedEdges() {
        LonLatBox lonLat = new LonLatBox(120.12, 30.25, 120.14, 30.27);
        GridBox grid = transform.toGrid(lonLat);
        LonLatBox back = transform.toLonLat(grid);
        assertTrue(back.minLongitude() <= 120.12 && back.maxLongitude() >= 120.14);
        assertTrue(back.minLatitude() <= 30.25 && back.maxLatitude() >= 30.27);
        assertEquals(120.12, back.minLongitude(), 1e-3);
    }

    @Test
    void crsNamesAreReadInTheirUsualForms() {
        assertEquals(
                Crs.EPSG_4549,
                Crs.fromText("http://www.opengis.net/def/crs/EPSG/0/4549").orElseThrow());
        assertEquals(Crs.EPSG_4549, Crs.fromText("[EPSG:4549]").orElseThrow());
        assertEquals(Crs.CRS84, Crs.fromText("OGC:CRS84").orElseThrow());
        assertTrue(Crs.fromText("EPSG:3857").isEmpty());
    }
}
