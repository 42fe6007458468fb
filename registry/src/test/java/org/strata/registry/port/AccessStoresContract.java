package org.strata.registry.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strata.registry.access.Interest;
import org.strata.registry.access.InterestRegister;
import org.strata.registry.access.Purpose;
import org.strata.registry.access.QueryLog;
import org.strata.registry.access.QueryRecord;
import org.strata.registry.access.Tier;
import org.strata.registry.actor.Role;

/** The behaviour every query log and interest register adapter must show. */
public abstract class AccessStoresContract {
    /** The stores under test. */
    public record Stores(QueryLog log, InterestRegister interests, AutoCloseable closer) {}

    /** Stores over empty storage of their own. */
    protected abstract Stores openFresh();

    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    private static final String UNIT = "330106003005GB00004F00010001";
    private Stores stores;

    @BeforeEach
    void open() {
        stores = openFresh();
    }

    @AfterEach
    void close() throws Exception {
        stores.closer().close();
    }

    private static QueryRecord record(String receipt, String unit, int minutes, Optional<String> caseRef) {
        return new QueryRecord(
                receipt,
                "citizen",
                "市民 赵敏",
                Role.PUBLIC,
                Tier.PUBLIC,
                Purpose.PURCHASE,
                unit,
                T0.plus(Duration.ofMinutes(minutes)),
                List.of("natural-status", "flags"),
                caseRef);
    }

    @Test
    void queriesReadBackByReceiptAndByUnitNewestFirst() {
        QueryRecord first = record("r1", UNIT, 1, Optional.empty());
        QueryRecord second = record("r2", UNIT, 2, Optional.of("(2026)浙0106执9号"));
        QueryRecord elsewhere = record("r3", "330106003005GB00005F00010001", 3, Optional.empty());
        stores.log().append(first);
        stores.log().append(second);
        stores.log().append(elsewhere);
        assertEquals(Optional.of(second), stores.log().byReceipt("r2"));
        assertEquals(Optional.empty(), stores.log().byReceipt("nope"));
        assertEquals(List.of(second, first), stores.log().about(List.of(UNIT), 10));
        assertEquals(List.of(second), stores.log().about(List.of(UNIT), 1));
        assertTrue(stores.log().about(List.of(), 10).isEmpty());
    }

    @Test
    void interestsAreInForceOnlyWithinTheirTerm() {
        Interest interest =
                new Interest("i1", "citizen", UNIT, "lease contract", "officer", T0, T0.plus(Duration.ofDays(30)));
        stores.interests().grant(interest);
        assertEquals(Optional.of(interest), stores.interests().inForce("citizen", UNIT, T0.plus(Duration.ofDays(1))));
        assertEquals(Optional.empty(), stores.interests().inForce("citizen", UNIT, T0.plus(Duration.ofDays(31))));
        assertEquals(Optional.empty(), stores.interests().inForce("someone", UNIT, T0.plus(Duration.ofDays(1))));
        assertEquals(Optional.empty(), stores.interests().inForce("citizen", UNIT, T0.minusSeconds(1)));
    }
}
