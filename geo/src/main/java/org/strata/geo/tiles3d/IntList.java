package org.strata.geo.tiles3d;

import java.util.Arrays;

/** A growable list of ints, for vertex indices. */
final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    void add(int a, int b, int c) {
        add(a);
        add(b);
        add(c);
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
