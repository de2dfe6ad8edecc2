package org.tacerisk.roi;

import java.io.ByteArrayOutputStream;

/**
 * Run-length code of one slice's bits, shared by the undo deltas (the XOR of a slice before and after an edit) and
 * the recovery file (the slice itself): the lengths of alternating runs, starting with a run of zeros (possibly
 * empty), each as an unsigned LEB128 varint; trailing zeros are left out, so an all-zero slice is zero bytes. A
 * brush stroke's XOR on a 512 × 512 slice is a few dozen bytes, a whole tumour slice a few hundred.
 */
final class RunLength {

    /** Receives each run of ones as a half-open bit range. */
    @FunctionalInterface
    interface RunConsumer {
        void accept(int from, int to);
    }

    private static final byte[] NONE = new byte[0];

    private RunLength() {
    }

    static byte[] encode(long[] words) {
        int first = SliceBits.nextSetBit(words, 0);
        if (first < 0) {
            return NONE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        int position = 0;
        int start = first;
        while (start >= 0) {
            int end = SliceBits.nextClearBit(words, start);
            writeVarint(out, start - position);
            writeVarint(out, end - start);
            position = end;
            start = SliceBits.nextSetBit(words, end);
        }
        return out.toByteArray();
    }

    static void forEachRun(byte[] code, RunConsumer consumer) {
        int[] cursor = {0};
        int position = 0;
        while (cursor[0] < code.length) {
            int from = position + readVarint(code, cursor);
            int to = from + readVarint(code, cursor);
            consumer.accept(from, to);
            position = to;
        }
    }

    /** The bit set that {@code code} describes, {@code bits} long. */
    static long[] decode(byte[] code, int bits) {
        long[] words = SliceBits.allocate(bits);
        forEachRun(code, (from, to) -> {
            if (to > bits) {
                throw new IllegalArgumentException("run ends at bit " + to + " beyond the slice's " + bits);
            }
            SliceBits.setRange(words, from, to);
        });
        return words;
    }

    static void writeVarint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    static int readVarint(byte[] code, int[] cursor) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (cursor[0] >= code.length) {
                throw new IllegalArgumentException("run-length code ends inside a number");
            }
            int b = code[cursor[0]++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IllegalArgumentException("run-length code holds a negative run");
                }
                return value;
            }
        }
        throw new IllegalArgumentException("run-length code holds a number longer than 5 bytes");
    }
}
