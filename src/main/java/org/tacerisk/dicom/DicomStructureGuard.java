package org.tacerisk.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks the element structure of a file (PS3.5 section 7) before PixelMed parses it, and refuses lengths that run
 * past the end of their container. PixelMed allocates a value's full declared length before reading it, so one
 * damaged length field (e.g. 0x7FFFFFF0) would otherwise cost gigabytes and seconds. Deflated data sets are
 * inflated here, with a size cap, and handed to PixelMed already inflated.
 */
final class DicomStructureGuard {

    /** Inflated data may be at most this many times the file (CT compresses about 2-4×) plus 16 MB. */
    private static final long INFLATE_FACTOR = 64;
    private static final int MAX_DEPTH = 32;
    private static final int PIXEL_DATA = 0x7FE00010;

    /** The file's bytes as PixelMed should read them. */
    record Checked(byte[] bytes, int length, String transferSyntaxUid, boolean datasetOnly) {
        InputStream stream() {
            return new java.io.ByteArrayInputStream(bytes, 0, length);
        }
    }

    /** More bytes are needed than are loaded. */
    private static final class NeedMore extends Exception {
        private static final long serialVersionUID = 1L;

        NeedMore() {
            super(null, null, false, false);
        }
    }

    private byte[] b;
    private int avail;
    private long end;
    private boolean explicit;
    private boolean bigEndian;
    private boolean headerOnly;
    private long pixelDataAt = -1;

    private DicomStructureGuard() {
    }

    /**
     * Checks a file. With {@code headerOnly} the walk stops at the top-level PixelData and reads only as much of
     * the file as the header needs; the returned bytes then hold a prefix only (use the file for PixelMed).
     */
    static Checked check(Path file, boolean headerOnly) throws IOException {
        long size = Files.size(file);
        int chunk = headerOnly ? (int) Math.min(size, 64 * 1024) : (int) Math.min(size, Integer.MAX_VALUE - 8);
        while (true) {
            byte[] bytes = new byte[chunk];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(bytes, 0, chunk);
            }
            DicomStructureGuard g = new DicomStructureGuard();
            try {
                return g.run(bytes, n, size, headerOnly);
            } catch (NeedMore e) {
                if (chunk >= size) {
                    throw new IOException("the file ends inside a header element (truncated)");
                }
                chunk = (int) Math.min(size, (long) chunk * 8);
            }
        }
    }

    private Checked run(byte[] bytes, int loaded, long size, boolean header) throws IOException, NeedMore {
        b = bytes;
        avail = loaded;
        end = size;
        headerOnly = header;
        int pos = 0;
        String ts = TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN;
        boolean part10 = loaded >= 132 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M';
        if (part10) {
            explicit = true;
            bigEndian = false;
            pos = 132;
            while (pos + 8 <= avail && u16(pos) == 0x0002) {
                int elementNumber = u16(pos + 2);
                long[] value = new long[2];
                pos = (int) element(pos, value, 0, end);
                if (elementNumber == 0x0010 && value[1] >= 0) {
                    ts = new String(b, (int) value[0], (int) value[1], java.nio.charset.StandardCharsets.US_ASCII)
                            .replace("\0", "").trim();
                }
            }
        } else if (loaded >= 6 && Character.isUpperCase(b[4]) && Character.isUpperCase(b[5])) {
            ts = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN; // raw data set, explicit VR: what PixelMed guesses
        }
        explicit = !TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN.equals(ts);
        bigEndian = TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN.equals(ts);
        if (TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.equals(ts)) {
            if (avail < end) {
                throw new NeedMore();
            }
            byte[] inflated = inflate(pos);
            DicomStructureGuard inner = new DicomStructureGuard();
            inner.b = inflated;
            inner.avail = inflated.length;
            inner.end = inflated.length;
            inner.explicit = true;
            inner.headerOnly = false;
            inner.dataset(0, inflated.length, 0);
            return new Checked(inflated, inflated.length, ts, true);
        }
        dataset(pos, end, 0);
        return new Checked(b, avail, ts, false);
    }

    private byte[] inflate(int from) throws IOException {
        long cap = Math.min(Integer.MAX_VALUE - 8, end * INFLATE_FACTOR + (16 << 20));
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(b, from, avail - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, (avail - from) * 4L + 1024));
            byte[] buffer = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > cap) {
                    throw new IOException("the compressed (deflated) data expands beyond any plausible size");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("the compressed (deflated) data is corrupt: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** Elements from {@code pos} to {@code limit}; returns where it stopped. */
    private long dataset(long pos, long limit, int depth) throws IOException, NeedMore {
        if (depth > MAX_DEPTH) {
            throw new IOException("sequences nested too deeply");
        }
        while (pos < limit) {
            if (depth == 0 && headerOnly && pos + 4 <= avail && tag(pos) == PIXEL_DATA) {
                pixelDataAt = pos;
                return pos;
            }
            need(pos + 4);
            int tag = tag(pos);
            if (tag == 0xFFFEE00D) { // item delimitation: end of an undefined-length item
                return pos + 8;
            }
            pos = element(pos, new long[2], depth, limit);
        }
        return pos;
    }

    /** One element at {@code pos}; value[0] = value offset, value[1] = length (-1 undefined). Returns next pos. */
    private long element(long pos, long[] value, int depth, long limit) throws IOException, NeedMore {
        need(pos + 8);
        int tag = tag(pos);
        long length;
        long valueAt;
        boolean sequence = false;
        if (explicit && (tag >>> 16) != 0xFFFE) {
            char v1 = (char) (b[(int) pos + 4] & 0xff);
            char v2 = (char) (b[(int) pos + 5] & 0xff);
            if (v1 < 'A' || v1 > 'Z' || v2 < 'A' || v2 > 'Z') {
                throw new IOException(String.format("invalid value representation in element (%04X,%04X)",
                        tag >>> 16, tag & 0xffff));
            }
            String vr = "" + v1 + v2;
            sequence = vr.equals("SQ");
            if ("OB OD OF OL OV OW SQ SV UC UN UR UT UV".contains(vr)) {
                need(pos + 12);
                if (b[(int) pos + 6] != 0 || b[(int) pos + 7] != 0) {
                    // PS3.5 7.1.2: reserved, 0000H. PixelMed reads such an element differently from this walk
                    // and can then allocate hundreds of megabytes for a garbage length (a 1 kB file once took 2 s)
                    throw new IOException(String.format("element (%04X,%04X) has non-zero reserved bytes after its"
                            + " value representation (damaged file)", tag >>> 16, tag & 0xffff));
                }
                length = u32(pos + 8);
                valueAt = pos + 12;
            } else {
                length = u16(pos + 6);
                valueAt = pos + 8;
            }
        } else {
            length = u32(pos + 4);
            valueAt = pos + 8;
        }
        value[0] = valueAt;
        if (length == 0xFFFFFFFFL) {
            value[1] = -1;
            return items(valueAt, limit, depth, tag == PIXEL_DATA);
        }
        if (valueAt + length > limit) {
            throw new IOException(String.format("element (%04X,%04X) declares %d bytes but only %d remain"
                    + " (damaged or truncated file)", tag >>> 16, tag & 0xffff, length, Math.max(0, limit - valueAt)));
        }
        value[1] = length;
        if (!explicit && length >= 8) {
            need(valueAt + 4); // an implicit-VR sequence is recognised by its first item tag
        }
        boolean looksLikeItems = !explicit && length >= 8 && tag(valueAt) == 0xFFFEE000;
        if ((sequence || looksLikeItems) && length > 0) {
            items(valueAt, valueAt + length, depth, false);
        }
        return valueAt + length;
    }

    /** Items of a sequence (or fragments of encapsulated pixel data) up to the delimiter or {@code limit}. */
    private long items(long pos, long limit, int depth, boolean fragments) throws IOException, NeedMore {
        while (pos < limit) {
            need(pos + 8);
            int tag = tag(pos);
            long length = u32(pos + 4);
            if (tag == 0xFFFEE0DD) { // sequence delimitation
                return pos + 8;
            }
            if (tag != 0xFFFEE000) {
                throw new IOException("a sequence holds something other than items (damaged file)");
            }
            pos += 8;
            if (length == 0xFFFFFFFFL && !fragments) {
                pos = dataset(pos, limit, depth + 1);
                continue;
            }
            if (pos + length > limit) {
                throw new IOException("a sequence item runs past the end of its container (damaged or truncated)");
            }
            if (!fragments && length > 0) {
                dataset(pos, pos + length, depth + 1);
            }
            pos += length;
        }
        return pos; // no delimiter before the end: PixelMed reports the truncation itself
    }

    private void need(long upTo) throws IOException, NeedMore {
        if (upTo > end) {
            throw new IOException("the file ends inside a header element (truncated)");
        }
        if (upTo > avail) {
            throw new NeedMore();
        }
    }

    private int tag(long pos) {
        return (u16(pos) << 16) | u16(pos + 2);
    }

    private int u16(long pos) {
        int p = (int) pos;
        if (p + 2 > avail) {
            return -1;
        }
        return bigEndian ? (b[p] & 0xff) << 8 | (b[p + 1] & 0xff) : (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    private long u32(long pos) {
        int p = (int) pos;
        long lo = (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (long) (b[p + 3] & 0xff) << 24;
        if (!bigEndian) {
            return lo;
        }
        return (long) (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
    }

    @Override
    public String toString() {
        return "DicomStructureGuard[" + Arrays.toString(new long[] {avail, end, pixelDataAt}) + "]";
    }
}
