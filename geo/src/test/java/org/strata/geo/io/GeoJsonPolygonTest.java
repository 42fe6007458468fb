package org.strata.geo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.geo.model.Footprint;

/** Footprints of {@code footprints.txt} as GeoJSON in CRS84 and EPSG:4549, read back to within a millimetre. */
class GeoJsonPolygonTest {
    private static GeoJsonPolygon codec;

    @BeforeAll
    static void transform() {
        codec = new GeoJsonPolygon(GridTransform.epsg4549());
    }

    static Stream<Arguments> footprints() throws IOException {
        try (InputStream in = GeoJsonPolygonTest.class.getResourceAsStream("footprints.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\\|"))
                            .flatMap(f ->
                                    Stream.of(Crs.values()).map(crs -> Arguments.of(f[0].strip(), f[1].strip(), crs)))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("footprints")
    void aFootprintReadsBackWithinAMillimetre(String name, String wkt, Crs crs) throws ParseException {
        Footprint footprint = Footprint.ofEpsg4549((Polygon) new WKTReader().read(wkt));
        Map<String, Object> json = codec.polygon(footprint, crs);
        Polygon back = codec.read(json, crs).polygon();
        Polygon original = footprint.polygon();
        assertEquals(original.getNumInteriorRing(), back.getNumInteriorRing(), name);
        Coordinate[] a = original.getCoordinates();
        Coordinate[] b = back.getCoordinates();
        assertEquals(a.length, b.length, name);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i].x, b[i].x, 0.002, name + " easting " + i);
            assertEquals(a[i].y, b[i].y, 0.002, name + " northing " + i);
        }
    }

    @Test
    void eachCrsIsWrittenInItsAuthorityOrder() throws ParseException {
        Footprint f = Footprint.ofEpsg4549((Polygon)
                new WKTReader().read("POLYGON ((511000 3347000, 511010 3347000, 511010 3347010, 511000 3347000))"));
        List<?> grid = first(codec.polygon(f, Crs.EPSG_4549));
        assertEquals(List.of(3347000.0, 511000.0), grid, "EPSG:4549 is northing first");
        List<?> lonLat = first(codec.polygon(f, Crs.CRS84));
        assertEquals(120.1, ((Number) lonLat.get(0)).doubleValue(), 0.1, "CRS84 is longitude first");
        assertEquals(30.2, ((Number) lonLat.get(1)).doubleValue(), 0.2);
    }

    @Test
    void aMalformedPolygonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> codec.read(Map.of("type", "Point"), Crs.CRS84));
        assertThrows(
                IllegalArgumentException.class,
                () -> codec.read(
                        Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(1, 2, 3)))), Crs.EPSG_4549));
    }

    private static List<?> first(Map<String, Object> polygon) {
        return (List<?>) ((List<?>) ((List<?>) polygon.get("coordinates")).get(0)).get(0);
    }
}
