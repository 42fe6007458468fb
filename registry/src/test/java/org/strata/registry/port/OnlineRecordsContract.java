package org.strata.registry.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strata.registry.online.IssuedDocument;
import org.strata.registry.online.IssuedDocuments;
import org.strata.registry.online.SharedRecord;
import org.strata.registry.online.SharedRecords;
import org.strata.registry.unit.UnitCode;

/** The behaviour every adapter of shared records and issued certificate documents must show. */
public abstract class OnlineRecordsContract {
    /** The stores under test. */
    public record Stores(SharedRecords shared, IssuedDocuments documents, AutoCloseable closer) {}

    /** Stores over empty storage of their own. */
    protected abstract Stores openFresh();

    private static final UnitCode UNIT = UnitCode.parse("330106003005GB00004F00010001");
    private Stores stores;

    @BeforeEach
    void open() {
        stores = openFresh();
    }

    @AfterEach
    void close() throws Exception {
        stores.closer().close();
    }

    @Test
    void sharedRecordsReadBackByTheirSourceAndReference() {
        SharedRecord loan = new SharedRecord(
                SharedRecord.Source.LOAN,
                "JK-1",
                UNIT,
                Map.of(
                        "lender",
                        "91330100MA27XL0E2Y",
                        "borrowers",
                        "330106198503150024,11010519491231002X",
                        "amount",
                        "1000000.00",
                        "note",
                        "line one\nline two = with; odd characters"));
        stores.shared().put(loan);
        assertEquals(Optional.of(loan), stores.shared().find(SharedRecord.Source.LOAN, "JK-1"));
        assertEquals(
                List.of("11010519491231002X", "330106198503150024"),
                stores.shared()
                        .find(SharedRecord.Source.LOAN, "JK-1")
                        .orElseThrow()
                        .ids("borrowers"));
        assertTrue(
                stores.shared()
                        .find(SharedRecord.Source.CONTRACT_FILING, "JK-1")
                        .isEmpty(),
                "another source");
        assertTrue(stores.shared().find(SharedRecord.Source.LOAN, "JK-2").isEmpty());
    }

    @Test
    void aSharedRecordDeliveredAgainReplacesTheEarlierOne() {
        stores.shared().put(new SharedRecord(SharedRecord.Source.CONTRACT_FILING, "WQ-1", UNIT, Map.of("price", "1")));
        SharedRecord amended =
                new SharedRecord(SharedRecord.Source.CONTRACT_FILING, "WQ-1", UNIT, Map.of("price", "2"));
        stores.shared().put(amended);
        assertEquals(Optional.of(amended), stores.shared().find(SharedRecord.Source.CONTRACT_FILING, "WQ-1"));
    }

    @Test
    void aDocumentIsIssuedOnceAndReadBackByteForByte() {
        byte[] pdf = {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff};
        IssuedDocument first = new IssuedDocument(
                "浙(2026)杭州市不动产权第0000001号", "ab".repeat(32), Instant.parse("2026-05-01T08:00:00.123456Z"), pdf);
        assertEquals(first, stores.documents().putIfAbsent(first));
        IssuedDocument second = new IssuedDocument(
                first.number(), "cd".repeat(32), Instant.parse("2026-05-02T08:00:00Z"), new byte[] {1});
        assertEquals(first, stores.documents().putIfAbsent(second), "the number was issued already");
        IssuedDocument read = stores.documents().find(first.number()).orElseThrow();
        assertArrayEquals(pdf, read.document());
        assertEquals(first.issuedAt(), read.issuedAt());
        assertTrue(stores.documents().find("浙(2026)杭州市不动产权第0000002号").isEmpty());
    }
}
