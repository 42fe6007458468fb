package org.strata.data.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GridCellsTest {
    @Test
    void cellsKeepTheirEntriesInOrderAcrossGrowth() {
        GridCells cells = new GridCells();
        for (long key = -3000; key < 3000; key++) {
            for (int entry = 0; entry < 3; entry++) {
                cells.append(key, new double[] {key, entry}, new Object[] {"e" + entry});
            }
        }
        for (long key = -3000; key < 3000; key++) {
            GridCells.Cell cell = cells.get(key);
            assertArrayEquals(new double[] {key, 0, key, 1, key, 2}, cell.numbers());
            assertArrayEquals(new Object[] {"e0", "e1", "e2"}, cell.references());
        }
        assertNull(cells.get(3000));
        assertNull(cells.get(-3001));
    }

    @Test
    void theReservedKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GridCells()
                .append(GridCells.NO_KEY, new double[1], new Object[1]));
    }

    @Test
    void readersWithoutALockNeverSeeNumbersWithoutTheirReferences() throws InterruptedException {
        GridCells cells = new GridCells();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<String> broken = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (writing.get() && broken.get() == null) {
                for (long key = 0; key < 500; key += 7) {
                    GridCells.Cell cell = cells.get(key);
                    if (cell != null && cell.references().length < cell.numbers().length) {
                        broken.set("cell " + key + ": " + cell.numbers().length + " numbers, "
                                + cell.references().length + " references");
                    }
                }
            }
        });
        reader.start();
        for (int round = 0; round < 40; round++) {
            for (long key = 0; key < 500; key++) {
                cells.append(key, new double[] {round}, new Object[] {round});
            }
        }
        writing.set(false);
        reader.join();
        assertNull(broken.get());
        assertEquals(40, cells.get(499).numbers().length);
        assertTrue(cells.get(0).references()[39].equals(39));
    }
}
