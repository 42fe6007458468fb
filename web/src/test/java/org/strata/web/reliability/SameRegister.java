package org.strata.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.strata.data.jdbc.JdbcStores;
import org.strata.registry.register.UnitStateFolder;
import org.strata.registry.unit.UnitCode;

/** Asserts that a restored store holds the original's register: every unit's events and state, every chain head. */
final class SameRegister {
    private SameRegister() {}

    static void assertSame(JdbcStores original, JdbcStores copy, List<UnitCode> units) {
        var before = original.register().eventsOfUnits(units);
        var after = copy.register().eventsOfUnits(units);
        assertEquals(before, after, "the restored events are the original's");
        Instant now = Instant.now();
        for (UnitCode unit : units) {
            assertEquals(
                    UnitStateFolder.current(unit, before.getOrDefault(unit, List.of()), now),
                    UnitStateFolder.current(unit, after.getOrDefault(unit, List.of()), now));
        }
        assertEquals(original.register().counties(), copy.register().counties());
        for (String county : original.register().counties()) {
            assertEquals(original.register().head(county), copy.register().head(county));
        }
    }
}
