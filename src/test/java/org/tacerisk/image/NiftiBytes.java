package org.tacerisk.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Builds NIfTI-1 files byte by byte for tests, independently of the production encoder, so that reading is checked
 * against the nifti1.h layout itself. Offsets are those of nifti1.h; defaults: a 3x2x2 int16 image, qform/sform 0.
 */
final class NiftiBytes {

    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    int sizeofHdr = 348;
    short[] dim = {3, 3, 2, 2, 1, 1, 1, 1};
    short datatype = 4;
    short bitpix = 16;
    float[] pixdim = {1, 1, 1, 1, 0, 0, 0, 0};
    float voxOffset = 352;
    float sclSlope = 0;
    float sclInter = 0;
    byte xyztUnits = 2;
    short qformCode = 0;
    short sformCode = 0;
    float[] quatern = {0, 0, 0};
    float[] qoffset = {0, 0, 0};
    float[] srow = new float[12];
    String magic = "n+1";
    /** Voxel bytes after the header, already in {@link #order}; null means zero-filled to the announced size. */
    byte[] data;

    byte[] header() {
        ByteBuffer bb = ByteBuffer.allocate(352).order(order);
        bb.putInt(0, sizeofHdr);
        for (int n = 0; n < 8; n++) {
            bb.putShort(40 + 2 * n, dim[n]);
            bb.putFloat(76 + 4 * n, pixdim[n]);
        }
        bb.putShort(70, datatype);
        bb.putShort(72, bitpix);
        bb.putFloat(108, voxOffset);
        bb.putFloat(112, sclSlope);
        bb.putFloat(116, sclInter);
        bb.put(123, xyztUnits);
        bb.putShort(252, qformCode);
        bb.putShort(254, sformCode);
        for (int n = 0; n < 3; n++) {
            bb.putFloat(256 + 4 * n, quatern[n]);
            bb.putFloat(268 + 4 * n, qoffset[n]);
        }
        for (int n = 0; n < 12; n++) {
            bb.putFloat(280 + 4 * n, srow[n]);
        }
        byte[] m = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        bb.put(344, m, 0, Math.min(4, m.length));
        return bb.array();
    }

    byte[] bytes() {
        byte[] h = header();
        byte[] d = data != null ? data : new byte[dim[1] * dim[2] * dim[3] * bitpix / 8];
        byte[] all = new byte[h.length + d.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(d, 0, all, h.length, d.length);
        return all;
    }

    NiftiBytes shorts(short... values) {
        ByteBuffer bb = ByteBuffer.allocate(2 * values.length).order(order);
        for (short v : values) {
            bb.putShort(v);
        }
        data = bb.array();
        return this;
    }

    NiftiBytes sform(float... rows) {
        sformCode = 1;
        srow = rows.clone();
        return this;
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    Path writeGzip(Path file) throws IOException {
        Files.write(file, gzip(bytes()));
        return file;
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }
}
