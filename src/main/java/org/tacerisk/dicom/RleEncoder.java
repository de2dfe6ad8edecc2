package org.tacerisk.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * RLE Lossless encoding of one 16-bit frame (PS3.5 Annex G): a 64-byte header with the segment offsets, then one
 * PackBits-style segment for the high bytes of all pixels and one for the low bytes, each padded to even length.
 */
final class RleEncoder {

    private RleEncoder() {
    }

    static byte[] encode16(short[] pixels, int offset, int count) {
        byte[] high = new byte[count];
        byte[] low = new byte[count];
        for (int n = 0; n < count; n++) {
            high[n] = (byte) (pixels[offset + n] >> 8);
            low[n] = (byte) pixels[offset + n];
        }
        byte[] s1 = packBits(high);
        byte[] s2 = packBits(low);
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(2).putInt(64).putInt(64 + s1.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + s1.length + s2.length);
        out.writeBytes(header.array());
        out.writeBytes(s1);
        out.writeBytes(s2);
        return out.toByteArray();
    }

    /** Runs of 2..128 equal bytes as (1 − n, byte); other bytes as literal blocks of up to 128 (n − 1, bytes). */
    static byte[] packBits(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 16);
        int n = 0;
        while (n < in.length) {
            int run = 1;
            while (n + run < in.length && run < 128 && in[n + run] == in[n]) {
                run++;
            }
            if (run >= 2) {
                out.write(1 - run);
                out.write(in[n]);
                n += run;
                continue;
            }
            int start = n;
            int length = 0;
            while (n < in.length && length < 128
                    && !(n + 1 < in.length && in[n + 1] == in[n])) {
                n++;
                length++;
            }
            if (length == 0) { // next two bytes are equal: handled as a run on the next pass
                continue;
            }
            out.write(length - 1);
            out.write(in, start, length);
        }
        if (out.size() % 2 != 0) {
            out.write(0x80); // no-op padding byte, PS3.5 G.3.1
        }
        return out.toByteArray();
    }
}
