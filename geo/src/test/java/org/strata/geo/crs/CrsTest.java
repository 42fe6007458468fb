package org.strata.geo.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.apache.sis.referencing.CRS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.opengis.referencing.cs.AxisDirection;

/** The CRS names Strata reads, and each CRS's axis order as its authority (Apache SIS's EPSG data) defines it. */
class CrsTest {
    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            value = {
                "http://www.opengis.net/def/crs/OGC/1.3/CRS84 | CRS84",
                "HTTP://WWW.OPENGIS.NET/DEF/CRS/OGC/1.3/CRS84 | CRS84",
                "[OGC:CRS84] | CRS84",
                "crs84 | CRS84",
                "http://www.opengis.net/def/crs/EPSG/0/4549 | EPSG_4549",
                "[EPSG:4549] | EPSG_4549",
                " epsg:4549  | EPSG_4549",
                "EPSG:4490 | EPSG_4490",
                "[EPSG:4548] | EPSG_4548",
                "http://www.opengis.net/def/crs/EPSG/0/4550 | EPSG_4550",
                "EPSG:3857 | ''",
                "http://www.opengis.net/def/crs/EPSG/0/4326 | ''",
                "4549 | ''",
                "'' | ''"
            },
            delimiter = '|')
    void namesAreReadOrRefused(String text, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(Crs.valueOf(expected)), Crs.fromText(text));
    }

    @ParameterizedTest
    @EnumSource(Crs.class)
    void theAxisOrderIsTheAuthoritys(Crs crs) throws Exception {
        String code = crs.code();
        AxisDirection first = CRS.forCode(code).getCoordinateSystem().getAxis(0).getDirection();
        assertEquals(crs.authorityOrderIsNorthingFirst(), first == AxisDirection.NORTH, code + " starts " + first);
    }

    @ParameterizedTest(name = "{0} m (1985) + {1} m -> {2} m")
    @CsvSource({"8.0, 9.6, 17.6", "-25.0, 9.6, -15.4", "0.0, -3.25, -3.25"})
    void heightsGainTheGeoidOffset(double height, double offset, double ellipsoidal) {
        assertEquals(ellipsoidal, new HeightConversion(offset).toEllipsoidal(height), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "250", "-200.5"})
    void anImplausibleOffsetIsRefused(double offset) {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new HeightConversion(offset));
    }
}
