package org.tacerisk.dicom;

/**
 * The 1-bit pixel packing of BINARY segmentations (PS3.5 §8.1.1, PS3.3 C.8.20.2): pixel n of the whole Pixel Data —
 * frames one after the other, rows top to bottom, columns left to right — is bit (n mod 8) of byte n / 8, least
 * significant bit first. Frames are not padded to byte boundaries; only the whole value is padded to even length.
 */
final class SegBits {

    private SegBits() {
    }

    /** Bytes needed for {@code pixels} bits, rounded up to an even count (PS3.5 §7.1.1: even value length). */
    static int packedLength(long pixels) {
        long bytes = (pixels + 7) / 8;
        bytes += bytes & 1;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("segmentation too large for one Pixel Data value");
        }
        return (int) bytes;
    }

    /** Sets pixel {@code n} (counted over all frames) in {@code packed}. */
    static void set(byte[] packed, long n) {
        packed[(int) (n >>> 3)] |= (byte) (1 << (n & 7));
    }

    static boolean get(byte[] packed, long n) {
        return (packed[(int) (n >>> 3)] & (1 << (n & 7))) != 0;
    }
}
