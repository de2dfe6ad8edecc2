package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.tacerisk.common.BadInputException;
import org.tacerisk.dicom.CtWriteOptions.FileOrder;
import org.tacerisk.dicom.CtWriteOptions.InstanceOrder;
import org.tacerisk.dicom.CtWriteOptions.OutputSyntax;

/**
 * Damaged files: random header bytes changed, or the file cut at a random offset. Scanning never throws (the file
 * becomes a finding) and loading fails only with BadInputException, each within 2 s.
 */
class DicomRobustnessPropertyTest {

    private static Path work;
    private static byte[][] originals;

    /** A mutation: byte edits inside the first {@code headerLength} bytes, then an optional cut. */
    record Damage(int syntax, int[] offsets, byte[] values, double cutFraction) {
        @Override
        public String toString() {
            return "Damage[syntax " + syntax + ", offsets " + Arrays.toString(offsets) + ", values "
                    + Arrays.toString(values) + ", cut " + cutFraction + "]";
        }
    }

    @BeforeContainer
    static void writeOriginals() throws IOException {
        work = Files.createTempDirectory("tacerisk-fuzz");
        OutputSyntax[] syntaxes = {OutputSyntax.EXPLICIT_VR_LITTLE_ENDIAN, OutputSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
            OutputSyntax.EXPLICIT_VR_BIG_ENDIAN, OutputSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
            OutputSyntax.RLE_LOSSLESS};
        originals = new byte[syntaxes.length][];
        for (int n = 0; n < syntaxes.length; n++) {
            Path d = Files.createDirectories(work.resolve("orig" + n));
            CtSeriesWriter.write(DicomTestData.volume(8, 8, 1), d, CtWriteOptions.builder().transferSyntax(syntaxes[n])
                    .files("a.dcm", FileOrder.BY_POSITION, 0, InstanceOrder.ASCENDING).build());
            originals[n] = Files.readAllBytes(d.resolve("a.dcm"));
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<Damage> damages() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 1100).array(int[].class).ofMinSize(0).ofMaxSize(6),
                Arbitraries.bytes().array(byte[].class).ofSize(6),
                Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0, 1)))
                .as(Damage::new);
    }

    @Property(tries = 200)
    void damagedFilesNeverEscapeAsUnexpectedExceptions(@ForAll("damages") Damage damage) throws IOException {
        byte[] bytes = originals[damage.syntax()].clone();
        for (int n = 0; n < damage.offsets().length; n++) {
            if (damage.offsets()[n] < bytes.length) {
                bytes[damage.offsets()[n]] = damage.values()[n];
            }
        }
        bytes = Arrays.copyOf(bytes, (int) Math.round(bytes.length * damage.cutFraction()));
        Path dir = Files.createTempDirectory(work, "case");
        Files.write(dir.resolve("a.dcm"), bytes);
        // A second, intact slice so that a damaged file that still parses forms a series with something.
        Files.write(dir.resolve("b.dcm"), originals[damage.syntax()]);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            DicomIndex index = DicomScanner.scan(dir);
            List<SeriesEntry> series = index.allSeries();
            for (SeriesEntry s : series) {
                try {
                    SeriesLoader.load(s);
                } catch (BadInputException expected) {
                    // the only acceptable failure
                }
            }
        }, damage::toString);
    }

    /**
     * Found by the property above: one byte in the reserved field after an OB element's VR made PixelMed read a
     * garbage length and allocate about 740 MB (2 s for a 1 kB file). The structure check now refuses it.
     */
    @net.jqwik.api.Example
    void nonZeroReservedBytesAfterALongFormVrAreRefusedAtOnce() throws IOException {
        byte[] bytes = originals[0].clone(); // explicit VR little endian
        int ob = -1;
        for (int n = 132; n + 8 < bytes.length && ob < 0; n++) {
            if (bytes[n] == 'O' && bytes[n + 1] == 'B' && bytes[n + 2] == 0 && bytes[n + 3] == 0) {
                ob = n;
            }
        }
        bytes[ob + 2] = (byte) 0xF2;
        Path dir = Files.createTempDirectory(work, "reserved");
        Path file = dir.resolve("a.dcm");
        Files.write(file, bytes);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> assertTimeoutPreemptively(Duration.ofMillis(500), () -> HeaderReader.read(file)));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("non-zero reserved bytes"),
                e.getMessage());
    }
}
