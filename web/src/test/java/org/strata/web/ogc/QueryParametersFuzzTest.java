package org.strata.web.ogc;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.strata.geo.crs.GridTransform;
import org.strata.web.http.ApiException;

/**
 * Fuzzing the map's query parameters (bbox in CRS84 and EPSG:4549, with heights; bbox-crs, crs, limit, offset):
 * whatever the values, they are read or refused with a 400 naming the parameter; anything else fails the property.
 */
class QueryParametersFuzzTest {
    private static final GridTransform TRANSFORM = GridTransform.epsg4549();

    @Property
    void parametersReadOrAreRefusedWithA400(@ForAll("parameters") MultivaluedMap<String, String> parameters) {
        try {
            ItemsParameters.parse(parameters, TRANSFORM);
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
        }
    }

    @Provide
    Arbitrary<MultivaluedMap<String, String>> parameters() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.of(
                        "120.1",
                        "30.2",
                        "-180",
                        "90",
                        "1e308",
                        "-1e308",
                        "NaN",
                        "Infinity",
                        "",
                        "3347000",
                        "511000",
                        "0",
                        "-0",
                        "1e-320",
                        "abc"),
                Arbitraries.doubles().between(-1e7, 1e7).map(String::valueOf));
        Arbitrary<String> bbox = number.list().ofMinSize(0).ofMaxSize(7).map(n -> String.join(",", n));
        Arbitrary<String> crs = Arbitraries.of(
                "http://www.opengis.net/def/crs/EPSG/0/4549",
                "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
                "[EPSG:4549]",
                "EPSG:4326",
                "",
                "garbage");
        Arbitrary<String> count = Arbitraries.oneOf(
                Arbitraries.of("-1", "0", "1", "10000", "10001", "99999999999999999999", "1.5", ""),
                Arbitraries.integers().map(String::valueOf));
        return Combinators.combine(
                        bbox.injectNull(0.2),
                        crs.injectNull(0.5),
                        crs.injectNull(0.5),
                        count.injectNull(0.5),
                        count.injectNull(0.5))
                .as((b, bc, c, limit, offset) -> {
                    MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
                    put(m, "bbox", b);
                    put(m, "bbox-crs", bc);
                    put(m, "crs", c);
                    put(m, "limit", limit);
                    put(m, "offset", offset);
                    return m;
                });
    }

    private static void put(MultivaluedMap<String, String> m, String name, String value) {
        if (value != null) {
            m.put(name, List.of(value));
        }
    }
}
