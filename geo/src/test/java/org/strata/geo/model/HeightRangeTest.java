package org.strata.geo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Height ranges: open bounds, and interior overlap where touching planes do not count (height-overlaps.csv). */
class HeightRangeTest {
    @ParameterizedTest(name = "{5}")
    @CsvFileSource(resources = "height-overlaps.csv", delimiter = '|')
    void interiorsOverlapAsTheCasesSay(
            Double aBottom, Double aTop, Double bBottom, Double bTop, boolean overlap, String why) {
        HeightRange a = HeightRange.ofNullable(aBottom, aTop);
        HeightRange b = HeightRange.ofNullable(bBottom, bTop);
        assertEquals(overlap, a.interiorsOverlap(b), why);
        assertEquals(overlap, b.interiorsOverlap(a), why + " (swapped)");
    }

    @Test
    void openBoundsAreAbsentAndInfinitelyThick() {
        HeightRange column = HeightRange.unbounded();
        assertFalse(column.isBounded());
        assertTrue(column.bottomMetres().isEmpty());
        assertEquals(Double.POSITIVE_INFINITY, column.thicknessMetres());
        assertEquals(3.0, HeightRange.of(8, 11).thicknessMetres());
        assertEquals(HeightRange.of(8, 11), HeightRange.ofNullable(8.0, 11.0));
    }

    @Test
    void invertedEmptyOrNonFiniteRangesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> HeightRange.of(3, 3));
        assertThrows(IllegalArgumentException.class, () -> HeightRange.of(4, 3));
        assertThrows(IllegalArgumentException.class, () -> HeightRange.of(Double.NaN, 3));
        assertThrows(IllegalArgumentException.class, () -> HeightRange.ofNullable(null, Double.POSITIVE_INFINITY));
    }
}
