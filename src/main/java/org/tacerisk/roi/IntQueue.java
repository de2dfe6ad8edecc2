package org.tacerisk.roi;

import java.util.Arrays;

/** A growable list of ints, used as a breadth-first queue that keeps what it has visited. */
final class IntQueue {

    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    int get(int n) {
        return values[n];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }
}
