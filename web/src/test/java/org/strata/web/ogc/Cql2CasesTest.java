package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.strata.geo.crs.Crs;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.port.FeatureFilter;
import org.strata.registry.port.FeatureKind;
import org.strata.web.http.ApiException;

/** Runs every case of {@code cql2-cases.txt}: CQL2 text and JSON as read into filters, or refused naming where. */
class Cql2CasesTest {
    private static final GridTransform TRANSFORM = GridTransform.epsg4549();

    record Case(String filter, String expected) {
        @Override
        public String toString() {
            return filter + " -> " + expected;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = Cql2CasesTest.class.getResourceAsStream("cql2-cases.txt")) {
            List<Case> out = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> {
                        int bar = l.lastIndexOf(" | ");
                        return new Case(
                                l.substring(0, bar).strip(),
                                l.substring(bar + 3).strip());
                    })
                    .toList();
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void filtersReadAsExpected(Case c) {
        Cql2Terms terms = new Cql2Terms(FeatureKind.PARCEL, Crs.CRS84, TRANSFORM, true);
        String found;
        try {
            FeatureFilter f =
                    c.filter().startsWith("{") ? Cql2Json.parse(c.filter(), terms) : Cql2Text.parse(c.filter(), terms);
            found = render(f);
        } catch (ApiException e) {
            assertEquals("invalid-filter", e.code(), e.getMessage());
            found = e.getMessage();
        }
        if (c.expected().startsWith("error at ")) {
            assertTrue(found.startsWith("filter " + c.expected().substring("error ".length())), found);
        } else {
            assertEquals(c.expected(), found);
        }
    }

    private static String render(FeatureFilter f) {
        if (f instanceof FeatureFilter.Compare x) {
            return x.property().wireName() + " " + x.op().sql() + " " + x.value();
        }
        if (f instanceof FeatureFilter.Like x) {
            return x.property().wireName() + " LIKE " + x.pattern();
        }
        if (f instanceof FeatureFilter.Between x) {
            return x.property().wireName() + " BETWEEN " + x.low() + " AND " + x.high();
        }
        if (f instanceof FeatureFilter.In x) {
            return x.property().wireName() + " IN " + x.values();
        }
        if (f instanceof FeatureFilter.IsNull x) {
            return x.property().wireName() + " IS NULL";
        }
        if (f instanceof FeatureFilter.And x) {
            return "(" + x.parts().stream().map(Cql2CasesTest::render).collect(Collectors.joining(" AND ")) + ")";
        }
        if (f instanceof FeatureFilter.Or x) {
            return "(" + x.parts().stream().map(Cql2CasesTest::render).collect(Collectors.joining(" OR ")) + ")";
        }
        if (f instanceof FeatureFilter.Not x) {
            return "NOT " + render(x.part());
        }
        if (f instanceof FeatureFilter.Intersects x) {
            Geometry g = x.geometry().copy();
            g.apply((org.locationtech.jts.geom.CoordinateFilter) (Coordinate p) -> {
                p.x = Math.round(p.x);
                p.y = Math.round(p.y);
            });
            return "S_INTERSECTS " + g.toText();
        }
        FeatureFilter.ValidDuring v = (FeatureFilter.ValidDuring) f;
        return "T_INTERSECTS " + v.window().start().map(Object::toString).orElse("..") + "/"
                + v.window().end().map(Object::toString).orElse("..");
    }
}
