package org.strata.data.embedded;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The cells of the volume grid by key, in parallel arrays with open addressing: each cell is a flat array of
 * numbers (its entries' boxes) and an array of references (its entries' volumes and rings), reached from the key
 * with no object in between, so that a point query reads as little memory as it can. Cells only grow, by
 * appending; one writer at a time, readers without a lock.
 */
final class GridCells {
    /** The key no cell has (a cell 2^31 cells west of the origin). */
    static final long NO_KEY = Long.MIN_VALUE;

    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle NUMBERS = MethodHandles.arrayElementVarHandle(double[][].class);
    private static final VarHandle REFERENCES = MethodHandles.arrayElementVarHandle(Object[][].class);

    private volatile Slots slots = new Slots(1 << 10);
    private int used;

    /** One cell as a reader sees it: its numbers and, for each entry, as many references as the writer keeps. */
    record Cell(double[] numbers, Object[] references) {}

    /**
     * The cell with {@code key}, or null. Its references are at least as recent as its numbers, so every entry
     * the numbers describe has its references.
     */
    Cell get(long key) {
        Slots s = slots;
        for (int i = s.home(key); ; i = (i + 1) & s.mask) {
            long k = (long) KEYS.getAcquire(s.keys, i);
            if (k == key) {
                double[] numbers = (double[]) NUMBERS.getAcquire(s.numbers, i);
                return new Cell(numbers, (Object[]) REFERENCES.getAcquire(s.references, i));
            }
            if (k == NO_KEY) {
                return null;
            }
        }
    }

    /** Appends one entry (its numbers and references) to the cell with {@code key}, creating the cell. */
    synchronized void append(long key, double[] numbers, Object[] references) {
        if (key == NO_KEY) {
            throw new IllegalArgumentException("grid cell out of range");
        }
        Slots s = slots;
        int i = s.home(key);
        while (s.keys[i] != key && s.keys[i] != NO_KEY) {
            i = (i + 1) & s.mask;
        }
        if (s.keys[i] == NO_KEY) {
            if (2 * (used + 1) > s.keys.length) {
                slots = s = s.doubled();
                i = s.home(key);
                while (s.keys[i] != NO_KEY) {
                    i = (i + 1) & s.mask;
                }
            }
            REFERENCES.setRelease(s.references, i, references.clone());
            NUMBERS.setRelease(s.numbers, i, numbers.clone());
            KEYS.setRelease(s.keys, i, key);
            used++;
            return;
        }
        // references first: a reader that sees the longer numbers also sees their references
        REFERENCES.setRelease(s.references, i, concat(s.references[i], references));
        NUMBERS.setRelease(s.numbers, i, concat(s.numbers[i], numbers));
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The table: keys, numbers and references in step; published whole when it grows. */
    private static final class Slots {
        final long[] keys;
        final double[][] numbers;
        final Object[][] references;
        final int mask;
        final int shift;

        Slots(int capacity) {
            keys = new long[capacity];
            Arrays.fill(keys, NO_KEY);
            numbers = new double[capacity][];
            references = new Object[capacity][];
            mask = capacity - 1;
            shift = 64 - Integer.numberOfTrailingZeros(capacity);
        }

        /** The slot a key's search starts at: the top bits of a Fibonacci hash. */
        int home(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        }

        Slots doubled() {
            Slots bigger = new Slots(keys.length * 2);
            for (int j = 0; j < keys.length; j++) {
                if (keys[j] != NO_KEY) {
                    int i = bigger.home(keys[j]);
                    while (bigger.keys[i] != NO_KEY) {
                        i = (i + 1) & bigger.mask;
                    }
                    bigger.keys[i] = keys[j];
                    bigger.numbers[i] = numbers[j];
                    bigger.references[i] = references[j];
                }
            }
            return bigger;
        }
    }
}
