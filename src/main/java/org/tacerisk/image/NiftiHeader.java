package org.tacerisk.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.tacerisk.common.BadInputException;

/**
 * The fields of a NIfTI-1 header (nifti1.h) that TACE-Risk uses, with the byte offsets of the standard 348-byte
 * layout. Parsing checks only what makes the bytes a NIfTI-1 single file; {@link Nifti} checks sizes and data.
 */
final class NiftiHeader {

    static final int SIZEOF_HDR = 348;
    /** sizeof_hdr of a NIfTI-2 header, used only to say clearly that it is not supported. */
    static final int SIZEOF_HDR_NIFTI2 = 540;
    /** Header + the 4-byte extension flag: where single-file voxel data start when there are no extensions. */
    static final int VOX_OFFSET = 352;

    static final short DT_UINT8 = 2;
    static final short DT_INT16 = 4;
    static final short DT_INT32 = 8;
    static final short DT_FLOAT32 = 16;
    static final short DT_FLOAT64 = 64;
    static final short DT_INT8 = 256;
    static final short DT_UINT16 = 512;
    static final short DT_UINT32 = 768;
    static final short DT_INT64 = 1024;

    /** xyzt_units spatial codes (NIFTI_UNITS_METER / _MM / _MICRON). */
    static final int UNITS_METER = 1;
    static final int UNITS_MM = 2;
    static final int UNITS_MICRON = 3;

    /** Prefix of {@code descrip} in files we write; the rest names the intensity unit. */
    static final String DESCRIP_UNIT_PREFIX = "tacerisk unit=";

    ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    final short[] dim = new short[8];
    short datatype;
    short bitpix;
    final float[] pixdim = new float[8];
    float voxOffset = VOX_OFFSET;
    float sclSlope = 1f;
    float sclInter;
    int xyztUnits = UNITS_MM;
    String descrip = "";
    short qformCode;
    short sformCode;
    float quaternB;
    float quaternC;
    float quaternD;
    final float[] qoffset = new float[3];
    /** srow_x, srow_y, srow_z concatenated: the sform affine rows, NIfTI (RAS) world. */
    final float[] srow = new float[12];

    /**
     * Parses a header from {@code bytes[0, length)}; {@code length} may be short, which is reported as truncation or
     * as "not NIfTI", whichever the bytes present show.
     */
    static NiftiHeader parse(byte[] bytes, int length, Path file) {
        if (length == 0) {
            throw new BadInputException(file, "the file is empty (0 bytes), not a NIfTI image; export the image again");
        }
        if (length < 4) {
            throw notNifti(file, bytes, length);
        }
        ByteBuffer bb = ByteBuffer.wrap(bytes, 0, length);
        ByteOrder order = null;
        for (ByteOrder candidate : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            int sizeof = bb.order(candidate).getInt(0);
            if (sizeof == SIZEOF_HDR) {
                order = candidate;
            } else if (sizeof == SIZEOF_HDR_NIFTI2) {
                throw new BadInputException(file, "this is a NIfTI-2 file (sizeof_hdr 540), which TACE-Risk does not"
                        + " read; save it as NIfTI-1 (.nii or .nii.gz), e.g. with nibabel's Nifti1Image or ITK-SNAP");
            }
        }
        if (order == null) {
            throw notNifti(file, bytes, length);
        }
        if (length < SIZEOF_HDR) {
            throw new BadInputException(file, "the file is truncated inside the NIfTI header: " + SIZEOF_HDR
                    + " header bytes expected, " + length + " present; the file is incomplete, copy or export it again");
        }
        bb.order(order);
        String magic = ascii(bytes, 344, 4);
        if (magic.equals("ni1")) {
            throw new BadInputException(file, "this is the header of a NIfTI .hdr/.img pair (magic \"ni1\"), which"
                    + " TACE-Risk does not read; convert it to a single .nii or .nii.gz file");
        }
        if (!magic.equals("n+1")) {
            throw new BadInputException(file, "no NIfTI-1 magic at byte 344 (found " + describe(bytes, 344, 4)
                    + ", expected \"n+1\"); this may be an old ANALYZE 7.5 file, which is not supported:"
                    + " convert it to NIfTI-1 .nii or .nii.gz");
        }
        NiftiHeader h = new NiftiHeader();
        h.order = order;
        for (int n = 0; n < 8; n++) {
            h.dim[n] = bb.getShort(40 + 2 * n);
            h.pixdim[n] = bb.getFloat(76 + 4 * n);
        }
        h.datatype = bb.getShort(70);
        h.bitpix = bb.getShort(72);
        h.voxOffset = bb.getFloat(108);
        h.sclSlope = bb.getFloat(112);
        h.sclInter = bb.getFloat(116);
        h.xyztUnits = bytes[123] & 0xff;
        h.descrip = ascii(bytes, 148, 80);
        h.qformCode = bb.getShort(252);
        h.sformCode = bb.getShort(254);
        h.quaternB = bb.getFloat(256);
        h.quaternC = bb.getFloat(260);
        h.quaternD = bb.getFloat(264);
        for (int n = 0; n < 3; n++) {
            h.qoffset[n] = bb.getFloat(268 + 4 * n);
        }
        for (int n = 0; n < 12; n++) {
            h.srow[n] = bb.getFloat(280 + 4 * n);
        }
        return h;
    }

    /** The 352 bytes we write: header, magic "n+1", and a zero extension flag (no extensions). */
    byte[] encode() {
        ByteBuffer bb = ByteBuffer.allocate(VOX_OFFSET).order(order);
        bb.putInt(0, SIZEOF_HDR);
        bb.put(38, (byte) 'r'); // "regular": ANALYZE legacy field that some readers still check
        for (int n = 0; n < 8; n++) {
            bb.putShort(40 + 2 * n, dim[n]);
            bb.putFloat(76 + 4 * n, pixdim[n]);
        }
        bb.putShort(70, datatype);
        bb.putShort(72, bitpix);
        bb.putFloat(108, voxOffset);
        bb.putFloat(112, sclSlope);
        bb.putFloat(116, sclInter);
        bb.put(123, (byte) xyztUnits);
        byte[] text = descrip.getBytes(StandardCharsets.US_ASCII);
        bb.put(148, text, 0, Math.min(text.length, 79));
        bb.putShort(252, qformCode);
        bb.putShort(254, sformCode);
        bb.putFloat(256, quaternB);
        bb.putFloat(260, quaternC);
        bb.putFloat(264, quaternD);
        for (int n = 0; n < 3; n++) {
            bb.putFloat(268 + 4 * n, qoffset[n]);
        }
        for (int n = 0; n < 12; n++) {
            bb.putFloat(280 + 4 * n, srow[n]);
        }
        bb.put(344, new byte[] {'n', '+', '1', 0});
        return bb.array();
    }

    /** Bytes per voxel of a supported datatype, or -1. */
    static int bytesPerVoxel(int datatype) {
        return switch (datatype) {
            case DT_UINT8, DT_INT8 -> 1;
            case DT_INT16, DT_UINT16 -> 2;
            case DT_INT32, DT_UINT32, DT_FLOAT32 -> 4;
            case DT_INT64, DT_FLOAT64 -> 8;
            default -> -1;
        };
    }

    /** The nifti1.h name of a datatype code, for messages. */
    static String datatypeName(int datatype) {
        return switch (datatype) {
            case 0 -> "DT_UNKNOWN (0)";
            case 1 -> "DT_BINARY (1 bit per voxel)";
            case DT_UINT8 -> "uint8";
            case DT_INT16 -> "int16";
            case DT_INT32 -> "int32";
            case DT_FLOAT32 -> "float32";
            case 32 -> "complex64";
            case DT_FLOAT64 -> "float64";
            case 128 -> "RGB24";
            case DT_INT8 -> "int8";
            case DT_UINT16 -> "uint16";
            case DT_UINT32 -> "uint32";
            case DT_INT64 -> "int64";
            case 1280 -> "uint64";
            case 1536 -> "float128";
            case 1792 -> "complex128";
            case 2048 -> "complex256";
            case 2304 -> "RGBA32";
            default -> "unknown code " + datatype;
        };
    }

    /** Intensity unit recorded by {@link Nifti#write}, or "" for files from other software. */
    String unitFromDescrip() {
        return descrip.startsWith(DESCRIP_UNIT_PREFIX) ? descrip.substring(DESCRIP_UNIT_PREFIX.length()).trim() : "";
    }

    /** Millimetres per spatial unit of xyzt_units; unknown (0) is taken as mm, as nearly every writer means. */
    double mmPerUnit() {
        return switch (xyztUnits & 0x07) {
            case UNITS_METER -> 1000.0;
            case UNITS_MICRON -> 0.001;
            default -> 1.0;
        };
    }

    private static BadInputException notNifti(Path file, byte[] bytes, int length) {
        return new BadInputException(file, "not a NIfTI-1 file: the first bytes are " + describe(bytes, 0,
                Math.min(length, 8)) + " but a NIfTI-1 file starts with sizeof_hdr = 348 (" + length
                + " bytes read); choose a .nii or .nii.gz image");
    }

    private static String describe(byte[] bytes, int offset, int count) {
        StringBuilder printable = new StringBuilder();
        for (int n = offset; n < offset + count; n++) {
            int c = bytes[n] & 0xff;
            printable.append(c >= 32 && c < 127 ? (char) c : '.');
        }
        return HexFormat.ofDelimiter(" ").formatHex(bytes, offset, offset + count) + " (\"" + printable + "\")";
    }

    private static String ascii(byte[] bytes, int offset, int maxLength) {
        int end = offset;
        while (end < offset + maxLength && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
    }
}
