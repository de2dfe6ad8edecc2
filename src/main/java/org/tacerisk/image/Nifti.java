package org.tacerisk.image;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.common.BadInputException;

/**
 * Reads and writes NIfTI-1 single-file images ({@code .nii}, {@code .nii.gz}) as {@link Volume}s and {@link Mask}s,
 * converting the NIfTI RAS world to our DICOM LPS geometry (see {@link NiftiTransforms}).
 *
 * <p>Reading accepts either byte order, gzip or not (decided by the gzip magic bytes, not the name), datatypes
 * uint8, int8, int16, uint16, int32, uint32, int64, float32 and float64, and applies scl_slope/scl_inter. Writing
 * produces little-endian NIfTI-1 with vox_offset 352: int16 or float32 for volumes, uint8 for masks, with both sform
 * and qform set. Header fields are stored as float32, so positions survive a round trip to about 1e-7 of their
 * magnitude (under 2e-4 mm even 1.5 m from the scanner origin); short decimal values such as DICOM's usually come
 * back exactly (see {@link NiftiTransforms#shortestDecimal}).
 */
public final class Nifti {

    /** Bytes read or written per step: large enough for bulk transfers, small enough to stay out of the way. */
    private static final int CHUNK_BYTES = 1 << 20;
    private static final int BUFFER = 1 << 16;

    private Nifti() {
    }

    /** Reads an image; the result is 16-bit when every (scaled) value is an integer in short range, else float. */
    public static Volume readVolume(Path file) throws IOException {
        VolumeBuilder[] builder = new VolumeBuilder[1];
        Streamed s = stream(file, 2, g -> {
            builder[0] = new VolumeBuilder(g);
            return (values, start, count) -> {
                for (int n = 0; n < count; n++) {
                    builder[0].put(start + n, values[n]);
                }
            };
        });
        return builder[0].build(s.header().unitFromDescrip());
    }

    /**
     * What the header alone says, as ITK reads it: the grid with its float32 spacing and origin kept as they are
     * (0.9769999980926514 where {@link #readVolume} gives 0.977), which is what ITK and so SimpleITK and PyRadiomics
     * compute with, and whether the voxels are stored as 32-bit floats (datatype 16). Resampling in PyRadiomics'
     * conventions needs the grid: 2e-9 in the spacing moves points far from the origin enough to change the float32
     * rounding of interpolated values.
     */
    public record StoredHeader(ImageGeometry geometry, boolean float32) {
    }

    /** The header of {@code file} as stored ({@link StoredHeader}), read from the header alone. */
    public static StoredHeader storedHeader(Path file) throws IOException {
        try (InputStream in = open(file)) {
            NiftiHeader h = readHeader(in, file);
            NiftiLayout layout = NiftiLayout.of(h, file);
            return new StoredHeader(NiftiTransforms.geometry(h, layout.nx(), layout.ny(), layout.nz(), file, true),
                    h.datatype == NiftiHeader.DT_FLOAT32);
        }
    }

    /** The grid as the header stores it ({@link StoredHeader#geometry}). */
    public static ImageGeometry storedGeometry(Path file) throws IOException {
        return storedHeader(file).geometry();
    }

    /**
     * Reads a label image as a mask: the voxels of its only label (0 is outside). An image with several labels, or
     * with values that are not labels (negative, fractional, NaN), is refused; {@link NiftiLabels} chooses a label.
     */
    public static Mask readMask(Path file) throws IOException {
        return NiftiLabels.read(file, null);
    }

    /** Writes a volume as int16 (16-bit volumes) or float32; {@code .nii.gz} names are gzip-compressed. */
    public static void write(Volume volume, Path file) throws IOException {
        ImageGeometry g = volume.geometry();
        boolean shorts = volume.isShortBacked();
        NiftiHeader h = header(g, shorts ? NiftiHeader.DT_INT16 : NiftiHeader.DT_FLOAT32,
                NiftiHeader.DESCRIP_UNIT_PREFIX + volume.unit());
        write(file, h, g.voxelCount(), (bb, start, count) -> {
            for (int n = start, end = start + count; n < end; n++) {
                if (shorts) {
                    bb.putShort((short) volume.get(n));
                } else {
                    bb.putFloat(volume.get(n));
                }
            }
        });
    }

    /** Writes a mask as uint8, 1 inside and 0 outside. */
    public static void write(Mask mask, Path file) throws IOException {
        ImageGeometry g = mask.geometry();
        NiftiHeader h = header(g, NiftiHeader.DT_UINT8, "tacerisk mask");
        write(file, h, g.voxelCount(), (bb, start, count) -> {
            for (int n = start, end = start + count; n < end; n++) {
                bb.put(mask.contains(n) ? (byte) 1 : 0);
            }
        });
    }

    /** Refuses a name that is neither .nii nor .nii.gz, so a caller can check before it writes anything. */
    public static void checkName(Path file) {
        gzipByName(file);
    }

    /** True when the name asks for gzip ({@code .nii.gz}); {@code .nii} means uncompressed; others are refused. */
    static boolean gzipByName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".nii.gz")) {
            return true;
        }
        if (name.endsWith(".nii")) {
            return false;
        }
        throw new BadInputException(file, "a NIfTI file name must end in .nii or .nii.gz; choose such a name");
    }

    // ---------------------------------------------------------------- reading

    /** Receives decoded voxels {@code [start, start + count)} as doubles. */
    interface ValueSink {
        void accept(double[] values, int start, int count);
    }

    /** What {@link #stream} read: the header (for the unit) and the grid. */
    record Streamed(NiftiHeader header, ImageGeometry geometry) {
    }

    /**
     * Reads the header, checks the file and streams every (scaled) voxel value in file order to the sink that
     * {@code sinkFor} makes for the grid. Damage anywhere becomes a {@link BadInputException} naming the file.
     *
     * @param bytesPerResultVoxel what the caller keeps per voxel, for the memory check before reading
     */
    static Streamed stream(Path file, int bytesPerResultVoxel, Function<ImageGeometry, ValueSink>
            sinkFor) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".hdr") || name.endsWith(".img")) {
            throw new BadInputException(file, "NIfTI/ANALYZE .hdr/.img pairs are not supported;"
                    + " convert the image to a single .nii or .nii.gz file");
        }
        long fileSize = Files.size(file);
        try (InputStream in = open(file)) {
            boolean gzip = in instanceof GZIPInputStream;
            NiftiHeader h = readHeader(in, file);
            NiftiLayout layout = NiftiLayout.of(h, file);
            layout.checkSize(file, fileSize, gzip);
            ImageGeometry g = NiftiTransforms.geometry(h, layout.nx(), layout.ny(), layout.nz(), file);
            layout.checkMemory(file, bytesPerResultVoxel);
            try {
                in.skipNBytes(layout.voxOffset() - NiftiHeader.SIZEOF_HDR);
                readValues(in, file, h, layout, sinkFor.apply(g));
                verifyGzipTrailer(in);
                return new Streamed(h, g);
            } catch (EOFException e) {
                throw layout.truncated(file, gzip, "the " + (gzip ? "compressed " : "") + "data end early ("
                        + e.getMessage() + ")", e);
            } catch (ZipException e) {
                throw new BadInputException(file, "the gzip data are corrupt (" + e.getMessage() + "); the file is"
                        + " damaged, copy or export it again", e);
            } catch (OutOfMemoryError e) {
                throw layout.outOfMemory(file, e);
            }
        }
    }

    private static NiftiHeader readHeader(InputStream in, Path file) throws IOException {
        byte[] headerBytes = new byte[NiftiHeader.SIZEOF_HDR];
        try {
            return NiftiHeader.parse(headerBytes, in.readNBytes(headerBytes, 0, headerBytes.length), file);
        } catch (ZipException | EOFException e) {
            throw new BadInputException(file, "the gzip data are corrupt (" + e.getMessage() + ") already in the"
                    + " NIfTI header; the file is damaged, copy or export it again", e);
        }
    }

    /**
     * Reads a gzip stream to its end so that GZIPInputStream checks the CRC-32 and length in the trailer: damage to
     * stored (uncompressed) deflate blocks, common for noisy CT, is otherwise invisible. Costs nothing for .nii.
     */
    private static void verifyGzipTrailer(InputStream in) throws IOException {
        if (in instanceof GZIPInputStream) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** The file as a stream, decompressed when it starts with the gzip magic 1f 8b (whatever its name). */
    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                try {
                    return new GZIPInputStream(raw, BUFFER);
                } catch (ZipException | EOFException e) {
                    throw new BadInputException(file, "the file starts like gzip but its gzip header is broken ("
                            + e.getMessage() + "); the download or copy is damaged, get the file again", e);
                }
            }
            return raw;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static void readValues(InputStream in, Path file, NiftiHeader h, NiftiLayout layout, ValueSink sink)
            throws IOException {
        int bpv = layout.bytesPerVoxel();
        int voxels = layout.voxelCount();
        int chunkVoxels = CHUNK_BYTES / bpv;
        byte[] buf = new byte[Math.min(chunkVoxels, voxels) * bpv];
        ByteBuffer bb = ByteBuffer.wrap(buf).order(h.order);
        double[] values = new double[Math.min(chunkVoxels, voxels)];
        // nifti1.h: scaling applies when scl_slope != 0; non-finite values are treated as "no scaling" (as nibabel).
        double slope = h.sclSlope;
        double inter = Float.isFinite(h.sclInter) ? h.sclInter : 0;
        boolean scaled = slope != 0 && Double.isFinite(slope) && !(slope == 1 && inter == 0);
        for (int start = 0; start < voxels; start += chunkVoxels) {
            int count = Math.min(chunkVoxels, voxels - start);
            int got = in.readNBytes(buf, 0, count * bpv);
            if (got < count * bpv) {
                throw layout.truncated(file, in instanceof GZIPInputStream,
                        "only " + (layout.voxOffset() + (long) start * bpv + got) + " bytes present", null);
            }
            decode(bb, h.datatype, count, values);
            if (scaled) {
                for (int n = 0; n < count; n++) {
                    values[n] = values[n] * slope + inter;
                }
            }
            sink.accept(values, start, count);
        }
    }

    private static void decode(ByteBuffer bb, short datatype, int count, double[] out) {
        switch (datatype) {
            case NiftiHeader.DT_UINT8 -> { for (int n = 0; n < count; n++) { out[n] = bb.get(n) & 0xff; } }
            case NiftiHeader.DT_INT8 -> { for (int n = 0; n < count; n++) { out[n] = bb.get(n); } }
            case NiftiHeader.DT_INT16 -> { for (int n = 0; n < count; n++) { out[n] = bb.getShort(2 * n); } }
            case NiftiHeader.DT_UINT16 -> { for (int n = 0; n < count; n++) { out[n] = bb.getShort(2 * n) & 0xffff; } }
            case NiftiHeader.DT_INT32 -> { for (int n = 0; n < count; n++) { out[n] = bb.getInt(4 * n); } }
            case NiftiHeader.DT_UINT32 -> { for (int n = 0; n < count; n++) { out[n] = bb.getInt(4 * n) & 0xffffffffL; } }
            case NiftiHeader.DT_FLOAT32 -> { for (int n = 0; n < count; n++) { out[n] = bb.getFloat(4 * n); } }
            // int64 beyond 2^53 loses precision as double; image data never get there.
            case NiftiHeader.DT_INT64 -> { for (int n = 0; n < count; n++) { out[n] = bb.getLong(8 * n); } }
            case NiftiHeader.DT_FLOAT64 -> { for (int n = 0; n < count; n++) { out[n] = bb.getDouble(8 * n); } }
            default -> throw new IllegalStateException("datatype checked by NiftiLayout: " + datatype);
        }
    }

    // ---------------------------------------------------------------- writing

    /** Fills {@code bb} (little endian, positioned at 0) with voxels {@code [start, start + count)}. */
    private interface ChunkWriter {
        void fill(ByteBuffer bb, int start, int count);
    }

    private static NiftiHeader header(ImageGeometry g, short datatype, String descrip) {
        NiftiHeader h = new NiftiHeader();
        h.order = ByteOrder.LITTLE_ENDIAN;
        h.dim[0] = 3;
        h.dim[1] = checkedDim(g.nx());
        h.dim[2] = checkedDim(g.ny());
        h.dim[3] = checkedDim(g.nz());
        for (int n = 4; n < 8; n++) {
            h.dim[n] = 1;
        }
        h.datatype = datatype;
        h.bitpix = (short) (8 * NiftiHeader.bytesPerVoxel(datatype));
        h.descrip = descrip;
        NiftiTransforms.encode(g, h);
        return h;
    }

    private static short checkedDim(int n) {
        if (n > Short.MAX_VALUE) {
            throw new IllegalArgumentException("NIfTI-1 stores sizes as 16-bit: " + n + " voxels along an axis is"
                    + " more than 32767");
        }
        return (short) n;
    }

    private static void write(Path file, NiftiHeader h, int voxels, ChunkWriter writer) throws IOException {
        boolean gzip = gzipByName(file);
        int bpv = NiftiHeader.bytesPerVoxel(h.datatype);
        AtomicFiles.write(file, out -> {
            // Level 1: on a 512x512x500 CT the default level 6 saved 1% of the size but took 22 s instead of 2 s.
            GZIPOutputStream gz = gzip ? new GZIPOutputStream(out, BUFFER) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            } : null;
            OutputStream target = gzip ? gz : out;
            target.write(h.encode());
            int chunkVoxels = CHUNK_BYTES / bpv;
            ByteBuffer bb = ByteBuffer.allocate(Math.min(chunkVoxels, voxels) * bpv).order(ByteOrder.LITTLE_ENDIAN);
            for (int start = 0; start < voxels; start += chunkVoxels) {
                int count = Math.min(chunkVoxels, voxels - start);
                bb.clear();
                writer.fill(bb, start, count);
                target.write(bb.array(), 0, bb.position());
            }
            if (gz != null) {
                gz.finish();
            }
        });
    }
}
