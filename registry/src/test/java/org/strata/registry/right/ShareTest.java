package org.strata.registry.right;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares are exact fractions in (0, 1] that must add up to exactly 1 on a right. */
class ShareTest {
    @Test
    void sharesAreReducedAndAddedExactly() {
        assertEquals(new Share(1, 2), Share.parse("2/4"));
        assertTrue(Share.addUpToWhole(List.of(Share.parse("1/3"), Share.parse("1/3"), Share.parse("1/3"))));
        assertFalse(Share.addUpToWhole(List.of(Share.parse("1/3"), Share.parse("1/3"))));
        assertFalse(Share.addUpToWhole(List.of(Share.parse("1/2"), Share.parse("2/3"))));
    }

    @Test
    void malformedSharesAreRejected() {
        for (String bad : new String[] {"0/1", "3/2", "1/0", "half", "1/2/3", "", "-1/2"}) {
            assertThrows(IllegalArgumentException.class, () -> Share.parse(bad), bad);
        }
    }
}
