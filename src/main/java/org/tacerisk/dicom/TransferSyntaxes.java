package org.tacerisk.dicom;

import java.util.Map;
import java.util.Set;

/**
 * Transfer syntaxes (PS3.5 section 10 and Annex A) by UID: their names, and which ones this program decodes.
 * Decoding goes through PixelMed; JPEG lossless needs pixelmed_imageio and JPEG 2000 jai-imageio-jpeg2000, both
 * on the class path. JPEG-LS and JPEG extended (12-bit lossy) have no decoder here.
 */
public final class TransferSyntaxes {

    public static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    public static final String DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";
    public static final String EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2";
    public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    public static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    public static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    public static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    public static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
    public static final String JPEG_2000 = "1.2.840.10008.1.2.4.91";
    public static final String RLE_LOSSLESS = "1.2.840.10008.1.2.5";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(IMPLICIT_VR_LITTLE_ENDIAN, "Implicit VR Little Endian"),
            Map.entry(EXPLICIT_VR_LITTLE_ENDIAN, "Explicit VR Little Endian"),
            Map.entry(DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, "Deflated Explicit VR Little Endian"),
            Map.entry(EXPLICIT_VR_BIG_ENDIAN, "Explicit VR Big Endian"),
            Map.entry(JPEG_BASELINE, "JPEG Baseline (Process 1)"),
            Map.entry(JPEG_EXTENDED, "JPEG Extended (Process 2 & 4, 12-bit lossy)"),
            Map.entry("1.2.840.10008.1.2.4.55", "JPEG Full Progression (retired)"),
            Map.entry(JPEG_LOSSLESS, "JPEG Lossless (Process 14)"),
            Map.entry(JPEG_LOSSLESS_SV1, "JPEG Lossless SV1 (Process 14, selection value 1)"),
            Map.entry(JPEG_LS_LOSSLESS, "JPEG-LS Lossless"),
            Map.entry(JPEG_LS_NEAR_LOSSLESS, "JPEG-LS Near-Lossless"),
            Map.entry(JPEG_2000_LOSSLESS, "JPEG 2000 Lossless"),
            Map.entry(JPEG_2000, "JPEG 2000"),
            Map.entry("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Lossless"),
            Map.entry("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component"),
            Map.entry("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile"),
            Map.entry("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264"),
            Map.entry("1.2.840.10008.1.2.4.201", "HTJ2K Lossless"),
            Map.entry("1.2.840.10008.1.2.4.202", "HTJ2K Lossless RPCL"),
            Map.entry("1.2.840.10008.1.2.4.203", "HTJ2K"),
            Map.entry(RLE_LOSSLESS, "RLE Lossless"));

    private static final Set<String> DECODABLE = Set.of(IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN,
            DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN, JPEG_BASELINE, JPEG_LOSSLESS,
            JPEG_LOSSLESS_SV1, JPEG_2000_LOSSLESS, JPEG_2000, RLE_LOSSLESS);

    private TransferSyntaxes() {
    }

    /** Whether pixel data in this transfer syntax can be decoded here (null means implicit VR LE, no meta header). */
    public static boolean isDecodable(String uid) {
        return uid == null || DECODABLE.contains(uid);
    }

    /** The name of a transfer syntax, or "unknown". */
    public static String name(String uid) {
        return NAMES.getOrDefault(uid, "unknown transfer syntax");
    }

    /** "JPEG-LS Lossless (1.2.840.10008.1.2.4.80)". */
    public static String describe(String uid) {
        return name(uid) + " (" + uid + ")";
    }
}
