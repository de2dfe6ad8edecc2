package org.tacerisk.roi;

/**
 * Bit operations on one slice stored as a {@code long[]} bit set: bit {@code n} is word {@code n >>> 6}, bit
 * {@code n & 63}. Ranges are half-open {@code [from, to)}. The same layout as {@link java.util.BitSet}, without its
 * object per slice and with the range flip the undo deltas need.
 */
final class SliceBits {

    private SliceBits() {
    }

    static long[] allocate(int bits) {
        return new long[(bits + 63) >>> 6];
    }

    static boolean get(long[] words, int n) {
        return (words[n >>> 6] & (1L << n)) != 0;
    }

    static void set(long[] words, int n) {
        words[n >>> 6] |= 1L << n;
    }

    static void clear(long[] words, int n) {
        words[n >>> 6] &= ~(1L << n);
    }

    static void setRange(long[] words, int from, int to) {
        applyRange(words, from, to, Op.SET);
    }

    static void clearRange(long[] words, int from, int to) {
        applyRange(words, from, to, Op.CLEAR);
    }

    static void flipRange(long[] words, int from, int to) {
        applyRange(words, from, to, Op.FLIP);
    }

    private enum Op { SET, CLEAR, FLIP }

    private static void applyRange(long[] words, int from, int to, Op op) {
        if (from >= to) {
            return;
        }
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long firstMask = -1L << from;
        long lastMask = -1L >>> -to;
        for (int w = first; w <= last; w++) {
            long mask = -1L;
            if (w == first) {
                mask &= firstMask;
            }
            if (w == last) {
                mask &= lastMask;
            }
            switch (op) {
                case SET -> words[w] |= mask;
                case CLEAR -> words[w] &= ~mask;
                default -> words[w] ^= mask;
            }
        }
    }

    /** Index of the first set bit at or after {@code from}, or -1. */
    static int nextSetBit(long[] words, int from) {
        int w = from >>> 6;
        if (w >= words.length) {
            return -1;
        }
        long word = words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
    }

    /** Index of the last set bit at or before {@code from}, or -1. */
    static int previousSetBit(long[] words, int from) {
        int w = from >>> 6;
        long word = words[w] & (-1L >>> (63 - (from & 63)));
        while (true) {
            if (word != 0) {
                return (w << 6) + 63 - Long.numberOfLeadingZeros(word);
            }
            if (w-- == 0) {
                return -1;
            }
            word = words[w];
        }
    }

    /** Index of the first clear bit at or after {@code from} (may be past the slice's last bit). */
    static int nextClearBit(long[] words, int from) {
        int w = from >>> 6;
        if (w >= words.length) {
            return from;
        }
        long word = ~words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return words.length << 6;
            }
            word = ~words[w];
        }
    }

    static int count(long[] words) {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    static boolean isEmpty(long[] words) {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }
}
