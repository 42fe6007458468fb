package org.strata.geo.tiles3d;

import java.util.Arrays;

/** A growable list of floats, for vertex attributes. */
final class FloatList {
    private float[] values = new float[1024];
    private int size;

    void add(float... more) {
        if (size + more.length > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
        }
        System.arraycopy(more, 0, values, size, more.length);
        size += more.length;
    }

    int size() {
        return size;
    }

    float[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
