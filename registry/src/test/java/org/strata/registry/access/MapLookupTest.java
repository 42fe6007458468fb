package org.strata.registry.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strata.geo.model.GridBox;
import org.strata.geo.model.HeightRange;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.port.AreaQuery;

/** What the map discloses, role by role: attributes only when signed in, whole pages only for officers. */
class MapLookupTest {
    @ParameterizedTest(name = "{0}: attributes={1}, a page of 2000 gives {2}")
    @CsvSource({"anonymous, false, 500", "public, true, 500", "reviewer, true, 500", "officer, true, 2000"})
    void eachCallerSeesWhatTheMapPolicyAllows(String who, boolean attributes, int page) {
        Optional<Actor> caller = who.equals("anonymous")
                ? Optional.empty()
                : Optional.of(
                        new Actor(who, who, Role.ofWireName(who).orElseThrow(), List.of("330106"), Optional.empty()));
        MapLookup.Disclosure d = new MapLookup().disclosure(caller);
        assertEquals(attributes, d.attributes());
        AreaQuery asked = new AreaQuery(Optional.of(new GridBox(0, 0, 10, 10)), HeightRange.unbounded(), 0, 2000);
        assertEquals(page, d.cap(asked).limit());
        AreaQuery small = new AreaQuery(Optional.of(new GridBox(0, 0, 10, 10)), HeightRange.unbounded(), 40, 20);
        assertEquals(small, d.cap(small), "a page within the limit is left as asked");
    }
}
