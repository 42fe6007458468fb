package org.strata.geo.tiles3d;

import java.util.Arrays;

/** A growable list of bytes, for vertex colours. */
final class ByteList {
    private byte[] values = new byte[4096];
    private int size;

    void add(int[] unsignedBytes) {
        if (size + unsignedBytes.length > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + unsignedBytes.length));
        }
        for (int b : unsignedBytes) {
            values[size++] = (byte) b;
        }
    }

    byte[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
