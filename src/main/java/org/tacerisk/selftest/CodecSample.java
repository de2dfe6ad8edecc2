package org.tacerisk.selftest;

import java.util.List;
import org.tacerisk.dicom.TransferSyntaxes;

/**
 * One embedded DICOM sample of the codec check: two 64 × 64 CT slices (a series of one slice is refused before
 * decoding) in one transfer syntax, the reference HU they must decode to, and how far a lossy syntax may stray. The
 * files live in {@code /org/tacerisk/selftest/dicom/FOLDER/}; how they were made is in {@code README.md} there
 * (PixelMed for the native syntaxes and RLE, dcmtk and GDCM for JPEG).
 *
 * @param folder     the sample's folder
 * @param syntaxUid  its transfer syntax
 * @param reference  the reference HU file ({@code .hu}: 64 × 64 × 2 big-endian int16, row by row, slice by slice)
 * @param maxAbsHu   the largest difference allowed from the reference (0: lossless, voxel for voxel)
 * @param meanAbsHu  the largest mean absolute difference allowed
 */
record CodecSample(String folder, String syntaxUid, String reference, int maxAbsHu, double meanAbsHu) {

    static final String FOLDER = "/org/tacerisk/selftest/dicom/";
    /** The files of each sample, in slice order. */
    static final List<String> FILES = List.of("CT00002.dcm", "CT00003.dcm");
    /** Voxels of the two slices. */
    static final int VOXELS = 64 * 64 * 2;

    /**
     * Every transfer syntax the dicom package decodes ({@link TransferSyntaxes#isDecodable}). The lossy bounds are
     * those of the dicom tests' phantom comparison (DicomCompressedTransferSyntaxTest): JPEG baseline of 8-bit data
     * at quality 90 within 30 grey levels (10 HU each), JPEG 2000 at 70 dB PSNR within 250 HU.
     */
    static final List<CodecSample> ALL = List.of(
            lossless("implicit-vr-le", TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN),
            lossless("explicit-vr-le", TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
            lossless("deflated-explicit-vr-le", TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN),
            lossless("explicit-vr-be", TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN),
            lossless("rle-lossless", TransferSyntaxes.RLE_LOSSLESS),
            lossless("jpeg-lossless-p14", TransferSyntaxes.JPEG_LOSSLESS),
            lossless("jpeg-lossless-sv1", TransferSyntaxes.JPEG_LOSSLESS_SV1),
            lossless("jpeg2000-lossless", TransferSyntaxes.JPEG_2000_LOSSLESS),
            new CodecSample("jpeg2000", TransferSyntaxes.JPEG_2000, "signed16.hu", 250, 20),
            new CodecSample("jpeg-baseline", TransferSyntaxes.JPEG_BASELINE, "unsigned8.hu", 300, 20));

    private static CodecSample lossless(String folder, String syntaxUid) {
        return new CodecSample(folder, syntaxUid, "signed16.hu", 0, 0);
    }

    /** "JPEG 2000 Lossless". */
    String syntaxName() {
        return TransferSyntaxes.name(syntaxUid);
    }
}
