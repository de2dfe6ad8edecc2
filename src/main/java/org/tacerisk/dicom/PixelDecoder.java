package org.tacerisk.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.tacerisk.dicom.InstanceHeader.FrameGeometry;

/**
 * Decodes the pixel data of one file (all transfer syntaxes PixelMed can decompress: native, deflate, RLE, JPEG
 * baseline/lossless via pixelmed_imageio, JPEG 2000 via jai-imageio) and maps stored values to Hounsfield units:
 * HU = stored × RescaleSlope (0028,1053) + RescaleIntercept (0028,1052), stored values read unsigned when
 * PixelRepresentation (0028,0103) is 0. Holds one file's attributes at a time.
 */
final class PixelDecoder {

    private PixelDecoder() {
    }

    /**
     * Writes the frames of {@code h} into the volume array(s): frame f (0-based) goes to slice {@code kOfFrame[f]}
     * (skipped when negative). Exactly one of {@code shorts} / {@code floats} is non-null.
     *
     * @return false when a value does not fit a short (the caller retries with floats)
     */
    static boolean decode(InstanceHeader h, int[] kOfFrame, short[] shorts, float[] floats) throws IOException {
        int sliceSize = h.rows() * h.columns();
        Stored stored = read(h);
        for (int f = 0; f < kOfFrame.length; f++) {
            int k = kOfFrame[f];
            if (k < 0) {
                continue;
            }
            FrameGeometry g = h.frames().get(f);
            int src = f * sliceSize;
            int dst = k * sliceSize;
            if (shorts != null) {
                int slope = (int) g.rescaleSlope();
                int intercept = (int) g.rescaleIntercept();
                for (int n = 0; n < sliceSize; n++) {
                    int hu = stored.value(src + n) * slope + intercept;
                    if (hu < Short.MIN_VALUE || hu > Short.MAX_VALUE) {
                        return false;
                    }
                    shorts[dst + n] = (short) hu;
                }
            } else {
                double slope = g.rescaleSlope();
                double intercept = g.rescaleIntercept();
                for (int n = 0; n < sliceSize; n++) {
                    floats[dst + n] = (float) (stored.value(src + n) * slope + intercept);
                }
            }
        }
        return true;
    }

    /** HU values of one frame (1-based frame number), for comparing duplicates. */
    static float[] frameHu(InstanceHeader h, int frameNumber) throws IOException {
        int sliceSize = h.rows() * h.columns();
        int[] kOfFrame = new int[h.frames().size()];
        java.util.Arrays.fill(kOfFrame, -1);
        kOfFrame[frameNumber - 1] = 0;
        float[] hu = new float[sliceSize];
        decode(h, kOfFrame, null, hu);
        return hu;
    }

    static boolean samePixels(SlicePlan.Slice a, SlicePlan.Slice b) throws IOException {
        if (a.header().rows() != b.header().rows() || a.header().columns() != b.header().columns()) {
            return false;
        }
        return java.util.Arrays.equals(frameHu(a.header(), a.frame().frameNumber()),
                frameHu(b.header(), b.frame().frameNumber()));
    }

    /**
     * Stored pixel values of all frames, sign handled per PixelRepresentation. Signed samples narrower than their
     * word (BitsStored &lt; BitsAllocated, HighBit = BitsStored − 1) are sign-extended when they arrive as bare
     * BitsStored-bit two's-complement patterns: JPEG lossless decoders return a 12-bit precision stream's samples as
     * 0..4095, so −1024 would otherwise read as 3072. Values already sign-extended in the word are left as they are;
     * unsigned values are never masked.
     *
     * @param signBit the sign bit of a narrower signed sample (1 &lt;&lt; (BitsStored − 1)), or 0 for none
     */
    private record Stored(short[] words, byte[] bytes, boolean signed, int signBit) {
        int value(int index) {
            int v;
            if (words != null) {
                v = signed ? words[index] : words[index] & 0xffff;
            } else {
                v = signed ? bytes[index] : bytes[index] & 0xff;
            }
            if (signBit != 0 && v >= signBit && v < signBit << 1) {
                v -= signBit << 1;
            }
            return v;
        }
    }

    private static int signBit(boolean signed, int bitsStored, int bitsAllocated) {
        return signed && bitsStored > 0 && bitsStored < bitsAllocated ? 1 << (bitsStored - 1) : 0;
    }

    private static Stored read(InstanceHeader h) throws IOException {
        AttributeList list = new AttributeList();
        DicomStructureGuard.Checked checked = DicomStructureGuard.check(h.file(), false);
        try (InputStream in = checked.stream()) {
            list.read(checked.datasetOnly()
                    ? new DicomInputStream(in, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, false)
                    : new DicomInputStream(in));
        } catch (DicomException | RuntimeException e) {
            throw new IOException("cannot decode the image data: " + e.getMessage(), e);
        }
        Attribute pd = list.getPixelData();
        if (pd == null) {
            throw new IOException("no image data");
        }
        long needed = (long) h.rows() * h.columns() * h.frames().size();
        boolean signed = h.pixelRepresentation() == 1;
        try {
            if (h.bitsAllocated() == 16) {
                short[] words = pd.getShortValues();
                if (words == null || words.length < needed) {
                    throw new IOException("the image data is shorter than Rows × Columns × frames");
                }
                return new Stored(words, null, signed, signBit(signed, h.bitsStored(), 16));
            }
            byte[] bytes = pd.getByteValues();
            if (bytes == null || bytes.length < needed) {
                throw new IOException("the image data is shorter than Rows × Columns × frames");
            }
            return new Stored(null, bytes, signed, signBit(signed, h.bitsStored(), 8));
        } catch (DicomException | RuntimeException e) {
            throw new IOException("cannot decode the image data: " + e.getMessage(), e);
        }
    }
}
