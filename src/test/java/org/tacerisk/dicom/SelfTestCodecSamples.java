package org.tacerisk.dicom;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.tacerisk.dicom.CtWriteOptions.OutputSyntax;
import org.tacerisk.dicom.TransferSyntaxFixtures.Variant;
import org.tacerisk.image.Volume;

/**
 * Writes the self-test's embedded codec samples ({@code src/main/resources/org/tacerisk/selftest/dicom/}): two
 * 64 × 64 slices ({@link #FIRST_SLICE} and the next) of the codec phantom of {@link TransferSyntaxFixtures} per transfer syntax, and
 * the reference HU it must decode to. Native syntaxes, deflate and RLE are written here with PixelMed (through
 * {@link CtSeriesWriter}); the JPEG family is the same slice of the committed dcmtk/GDCM fixtures of
 * {@code src/test/resources/dicom/transfer-syntaxes/} (PixelMed has no JPEG lossless or JPEG 2000 encoder).
 * Run: {@code java -cp target/test-classes:target/classes:DEPS org.tacerisk.dicom.SelfTestCodecSamples OUT}.
 */
final class SelfTestCodecSamples {

    /** The first slice kept (0-based), and the next: a series of one slice is refused before it is decoded. */
    static final int FIRST_SLICE = 1;
    /** Their files in a series written {@link CtWriteOptions.FileOrder#BY_POSITION}. */
    private static final String[] SLICE_FILES = {"CT00002.dcm", "CT00003.dcm"};

    private static final Map<String, OutputSyntax> WRITTEN = Map.of(
            "implicit-vr-le", OutputSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
            "explicit-vr-le", OutputSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            "deflated-explicit-vr-le", OutputSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
            "explicit-vr-be", OutputSyntax.EXPLICIT_VR_BIG_ENDIAN,
            "rle-lossless", OutputSyntax.RLE_LOSSLESS);

    private static final Map<String, String> COPIED = Map.of(
            "jpeg-lossless-p14", "jpeg-lossless-p14_signed16",
            "jpeg-lossless-sv1", "jpeg-lossless-sv1_signed16",
            "jpeg2000-lossless", "jpeg2000-lossless_signed16",
            "jpeg2000", "jpeg2000-lossy_signed16",
            "jpeg-baseline", "jpeg-baseline_unsigned8");

    private SelfTestCodecSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Path fixtures = Path.of(args.length > 1 ? args[1] : "src/test/resources/dicom/transfer-syntaxes");
        Path work = Files.createTempDirectory("codec-samples");
        for (Map.Entry<String, OutputSyntax> e : WRITTEN.entrySet()) {
            Path dir = work.resolve(e.getValue().name());
            CtSeriesWriter.write(TransferSyntaxFixtures.expected(Variant.SIGNED16), dir,
                    TransferSyntaxFixtures.options(Variant.SIGNED16).toBuilder().transferSyntax(e.getValue()).build());
            copySlices(dir, Files.createDirectories(out.resolve(e.getKey())));
        }
        for (Map.Entry<String, String> e : COPIED.entrySet()) {
            copySlices(fixtures.resolve(e.getValue()), Files.createDirectories(out.resolve(e.getKey())));
        }
        writeReference(out.resolve("signed16.hu"), referenceSlice(Variant.SIGNED16));
        writeReference(out.resolve("unsigned8.hu"), referenceSlice(Variant.UNSIGNED8));
    }

    private static void copySlices(Path from, Path to) throws IOException {
        for (String file : SLICE_FILES) {
            Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The kept slices of the phantom's expected HU, row by row, slice by slice. */
    static short[] referenceSlice(Variant variant) {
        Volume v = TransferSyntaxFixtures.expected(variant);
        int nx = TransferSyntaxFixtures.NX;
        int ny = TransferSyntaxFixtures.NY;
        short[] slices = new short[nx * ny * SLICE_FILES.length];
        for (int s = 0; s < SLICE_FILES.length; s++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    slices[(s * ny + j) * nx + i] = (short) v.get(i, j, FIRST_SLICE + s);
                }
            }
        }
        return slices;
    }

    private static void writeReference(Path file, short[] hu) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(os)) {
            for (short v : hu) {
                out.writeShort(v);
            }
        }
    }
}
