package org.tacerisk.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * The deterministic reference of the committed compressed fixtures in
 * {@code src/test/resources/dicom/transfer-syntaxes/} (not a test class). {@link #main} writes the uncompressed
 * source series that {@code generate.sh} then compresses with dcmtk and GDCM; the tests rebuild the expected
 * volumes from the same methods, so the uncompressed series need not be committed. Changing anything here means
 * running {@code generate.sh} again and committing the new fixtures.
 */
final class TransferSyntaxFixtures {

    static final int NX = 64;
    static final int NY = 64;
    static final int NZ = 3;

    /** 8-bit variant: HU = stored × 10 − 1000, stored 0..255. */
    static final int SLOPE_8 = 10;
    static final int INTERCEPT_8 = -1000;

    /** How the uncompressed sources store the phantom. */
    enum Variant {
        /** PixelRepresentation 1, BitsStored 16, RescaleIntercept 0: stored values are the HU, negative included. */
        SIGNED16(0, false, 16, 1),
        /** PixelRepresentation 0, BitsStored 16, RescaleIntercept −1024: stored 0..2524. */
        UNSIGNED16(-1024, true, 16, 2),
        /** PixelRepresentation 1, BitsStored 12 (HighBit 11), RescaleIntercept 0: two's complement in 12 bits. */
        SIGNED12(0, false, 12, 3),
        /** PixelRepresentation 0, BitsAllocated/BitsStored 8, RescaleSlope 10, RescaleIntercept −1000. */
        UNSIGNED8(INTERCEPT_8, true, 8, 4);

        final int intercept;
        final boolean unsigned;
        final int bitsStored;
        final int number;

        Variant(int intercept, boolean unsigned, int bitsStored, int number) {
            this.intercept = intercept;
            this.unsigned = unsigned;
            this.bitsStored = bitsStored;
            this.number = number;
        }

        String folder() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private TransferSyntaxFixtures() {
    }

    static ImageGeometry geometry() {
        return new ImageGeometry(NX, NY, NZ, new double[] {0.7, 0.75, 2.5}, new double[] {-22.05, -23.625, 40.0},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    /**
     * A small abdomen-like CT phantom, HU −1024..+1500: −1024 padding outside a circular field of view, −1000 air,
     * a soft-tissue body (40 HU, deterministic ±20 noise) with a fat rim (−100), a liver-like disc whose value
     * changes with the slice, a lung-like region (−850), a +1500 bone disc and a −1000..+1500 ramp row band.
     */
    static Volume phantom() {
        ImageGeometry g = geometry();
        short[] v = new short[g.voxelCount()];
        for (int k = 0; k < NZ; k++) {
            for (int j = 0; j < NY; j++) {
                for (int i = 0; i < NX; i++) {
                    v[i + NX * (j + NY * k)] = (short) hu(i, j, k);
                }
            }
        }
        return Volume.ofShorts(g, v, Volume.HU);
    }

    private static int hu(int i, int j, int k) {
        double x = i - 31.5;
        double y = j - 31.5;
        if (x * x + y * y > 32.0 * 32.0) {
            return -1024;
        }
        if (j >= 4 && j < 8) {
            return -1000 + (int) Math.round(2500.0 * i / (NX - 1)); // ramp: every value class, both signs
        }
        double body = (x / 26) * (x / 26) + ((y - 2) / 20) * ((y - 2) / 20);
        if (body > 1) {
            return -1000;
        }
        int noise = Math.floorMod(i * 73856093 ^ j * 19349663 ^ (k + 1) * 83492791, 41) - 20;
        if (body > 0.8) {
            return -100 + noise;
        }
        if ((x - 2) * (x - 2) + (y - 16) * (y - 16) < 16) {
            return 1500; // vertebra
        }
        if ((x + 10) * (x + 10) + (y + 2) * (y + 2) < 60) {
            return 60 + 15 * k + noise / 2; // liver
        }
        if ((x - 13) * (x - 13) + (y + 4) * (y + 4) < 30) {
            return -850 + noise; // lung base
        }
        return 40 + noise;
    }

    /** The HU a lossless decoder must give for a variant (the 8-bit one is quantised to its 10 HU steps). */
    static Volume expected(Variant variant) {
        Volume p = phantom();
        if (variant != Variant.UNSIGNED8) {
            return p;
        }
        short[] v = p.toShortArray();
        for (int n = 0; n < v.length; n++) {
            v[n] = (short) (stored8(v[n]) * SLOPE_8 + INTERCEPT_8);
        }
        return Volume.ofShorts(p.geometry(), v, Volume.HU);
    }

    private static int stored8(int hu) {
        return Math.max(0, Math.min(255, Math.round((hu - INTERCEPT_8) / (float) SLOPE_8)));
    }

    static String uid(Variant variant, String what) {
        return "2.25.3141592653589793" + variant.number + what;
    }

    static CtWriteOptions options(Variant variant) {
        List<String> sops = new ArrayList<>();
        for (int k = 0; k < NZ; k++) {
            sops.add(uid(variant, ".3." + (k + 1)));
        }
        return CtWriteOptions.builder()
                .patient("PHANTOM^CODECS", "TACERISK-CODECS", "", "O")
                .study(uid(variant, ".1"), "20240101", "120000", "1", "", "Transfer syntax fixtures")
                .series(uid(variant, ".2"), variant.number, "Codec phantom " + variant.folder(), uid(variant, ".4"))
                .rescale(variant == Variant.UNSIGNED8 ? -1000 : variant.intercept, variant.unsigned, "HU")
                .sopInstanceUids(sops)
                .build();
    }

    /** Writes the uncompressed (explicit VR little endian) source series of every variant under {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        for (Variant variant : Variant.values()) {
            Path dir = Files.createDirectories(root.resolve(variant.folder()));
            CtSeriesWriter.write(expected(variant), dir, options(variant));
            if (variant == Variant.SIGNED12) {
                Path bits = Files.createDirectories(root.resolve("signed12_bits_as_unsigned"));
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        DicomTestData.edit(f, l -> {
                            DicomTestData.replace(l, TagFromName.BitsStored, "12");
                            DicomTestData.replace(l, TagFromName.HighBit, "11");
                        });
                        // The same samples as 12-bit two's-complement patterns, labelled unsigned, so that an
                        // encoder writes a 12-bit precision stream; generate.sh relabels the result signed.
                        DicomTestData.edit(Files.copy(f, bits.resolve(f.getFileName())), l -> {
                            short[] words = l.getPixelData().getShortValues().clone();
                            for (int n = 0; n < words.length; n++) {
                                words[n] = (short) (words[n] & 0x0fff);
                            }
                            l.getPixelData().setValues(words);
                            DicomTestData.replace(l, TagFromName.PixelRepresentation, "0");
                        });
                    }
                }
            } else if (variant == Variant.UNSIGNED8) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        DicomTestData.edit(f, TransferSyntaxFixtures::toEightBit);
                    }
                }
            }
        }
        // One multi-frame (enhanced CT) source for the multi-frame check.
        Path enhanced = Files.createDirectories(root.resolve("enhanced_signed16"));
        EnhancedCtWriter.write(phantom(), enhanced.resolve("ENHANCED.dcm"), options(Variant.SIGNED16).toBuilder()
                .series(uid(Variant.SIGNED16, ".5"), 5, "Codec phantom enhanced", uid(Variant.SIGNED16, ".4"))
                .sopInstanceUids(List.of(uid(Variant.SIGNED16, ".6.1"))).build());
    }

    /** 16-bit stored (HU + 1000) → 8-bit stored (HU + 1000) / 10, RescaleSlope 10. */
    private static void toEightBit(AttributeList l) throws Exception {
        short[] words = l.getPixelData().getShortValues();
        byte[] bytes = new byte[words.length];
        for (int n = 0; n < words.length; n++) {
            int hu = (words[n] & 0xffff) + INTERCEPT_8;
            bytes[n] = (byte) stored8(hu);
        }
        Attribute pixels = new OtherByteAttribute(TagFromName.PixelData);
        pixels.setValues(bytes);
        l.put(pixels);
        DicomTestData.replace(l, TagFromName.BitsAllocated, "8");
        DicomTestData.replace(l, TagFromName.BitsStored, "8");
        DicomTestData.replace(l, TagFromName.HighBit, "7");
        DicomTestData.replace(l, TagFromName.PixelRepresentation, "0");
        DicomTestData.replace(l, TagFromName.RescaleSlope, Integer.toString(SLOPE_8));
    }
}
