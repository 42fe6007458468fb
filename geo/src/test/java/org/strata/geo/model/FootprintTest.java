package org.strata.geo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Footprints are valid polygons with area, in EPSG:4549. */
class FootprintTest {
    private static Polygon wkt(String text) throws ParseException {
        return (Polygon) new WKTReader().read(text);
    }

    @Test
    void areaAndBoxComeFromThePolygon() throws ParseException {
        Footprint f = Footprint.ofEpsg4549(
                wkt("POLYGON ((512500 3349000, 512530 3349000, 512530 3349020, 512500 3349020, 512500 3349000))"));
        assertEquals(600.0, f.areaSquareMetres(), 1e-9);
        assertEquals(new GridBox(512500, 3349000, 512530, 3349020), f.box());
        assertEquals(4549, f.polygon().getSRID());
    }

    @Test
    void invalidPolygonsAreRejectedWithTheReason() throws ParseException {
        IllegalArgumentException bowtie = assertThrows(
                IllegalArgumentException.class,
                () -> Footprint.ofEpsg4549(wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")));
        assertTrue(bowtie.getMessage().contains("Self-intersection"), bowtie.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Footprint.ofEpsg4549(wkt("POLYGON EMPTY")));
    }

    @Test
    void storedPolygonsAreNotCheckedAgainOnRead() throws ParseException {
        Polygon crossed = wkt("POLYGON ((0 0, 10 10, 10 0, 0 20, 0 0))");
        assertThrows(IllegalArgumentException.class, () -> Footprint.ofEpsg4549(crossed), "checked when written");
        assertEquals(4549, Footprint.ofStoredEpsg4549(crossed).polygon().getSRID(), "wrapped as read");
        assertThrows(IllegalArgumentException.class, () -> Footprint.ofStoredEpsg4549(wkt("POLYGON EMPTY")));
    }

    @Test
    void boxesCheckTheirEdges() {
        assertThrows(IllegalArgumentException.class, () -> new GridBox(1, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new GridBox(0, 0, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new LonLatBox(120, 30, 121, 91));
    }
}
