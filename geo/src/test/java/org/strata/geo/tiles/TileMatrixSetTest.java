package org.strata.geo.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strata.geo.model.LonLatBox;

/**
 * Tiles of the two tile matrix sets as the TMS 2.0 tables and the usual XYZ arithmetic give them (the expected
 * bounds computed apart, with the spherical Mercator formulas): a tile's bounds in longitude and latitude, and tiles
 * outside a set refused.
 */
class TileMatrixSetTest {
    @ParameterizedTest(name = "{0} {1}/{2}/{3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            WebMercatorQuad | 0  | 0     | 0      | -180     | -85.0511 | 180      | 85.0511
            WebMercatorQuad | 1  | 1     | 1      | 0        | -85.0511 | 180      | 0
            WebMercatorQuad | 16 | 26984 | 54636  | 120.1245 | 30.2543  | 120.1300 | 30.2591
            CGCS2000Quad    | 0  | 0     | 1      | 0        | -90      | 180      | 90
            CGCS2000Quad    | 1  | 0     | 3      | 90       | 0        | 180      | 90
            CGCS2000Quad    | 15 | 10875 | 54636  | 120.1245 | 30.2563  | 120.1300 | 30.2618
            """)
    void tilesHaveTheirBounds(String id, int level, long row, long col, double w, double s, double e, double n) {
        LonLatBox b = TileMatrixSet.byId(id).orElseThrow().lonLatBounds(level, row, col);
        assertEquals(w, b.minLongitude(), 1e-4);
        assertEquals(s, b.minLatitude(), 1e-4);
        assertEquals(e, b.maxLongitude(), 1e-4);
        assertEquals(n, b.maxLatitude(), 1e-4);
    }

    @ParameterizedTest(name = "{0} {1}/{2}/{3} is refused")
    @CsvSource({
        "WebMercatorQuad, 1, 2, 0",
        "WebMercatorQuad, 23, 0, 0",
        "CGCS2000Quad, 0, 0, 2",
        "CGCS2000Quad, 0, 1, 0"
    })
    void tilesOutsideTheSetAreRefused(String id, int level, long row, long col) {
        assertThrows(
                IllegalArgumentException.class,
                () -> TileMatrixSet.byId(id).orElseThrow().bounds(level, row, col));
    }
}
