package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.AppTemp;
import org.tacerisk.common.MutationFuzzer;
import org.tacerisk.dicom.CtWriteOptions.FileOrder;
import org.tacerisk.dicom.CtWriteOptions.InstanceOrder;
import org.tacerisk.dicom.CtWriteOptions.OutputSyntax;

/**
 * Issue 16: the DICOM reader (scan, then load every series found) on damaged files refuses with a
 * {@link org.tacerisk.common.BadInputException} or reads them; it never fails otherwise. Jazzer's fuzz test runs its
 * inputs folder in every build (regression examples) and fuzzes with {@code mvn -Pfuzz} (docs/robustness.md); the
 * mutation fuzzer runs a few seconds in every build.
 */
class DicomReaderFuzzTest {

    /** Reads {@code bytes} as one file of a series whose other slice is intact. */
    static void read(byte[] bytes) throws IOException {
        Path dir = AppTemp.directory("fuzz-dicom");
        try {
            Files.write(dir.resolve("a.dcm"), bytes);
            Files.write(dir.resolve("b.dcm"), seeds().get(0));
            for (SeriesEntry s : DicomScanner.scan(dir).allSeries()) {
                SeriesLoader.load(s);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<byte[]> seeds;

    /** One 8 × 8 slice in each transfer syntax the writer makes. */
    static synchronized List<byte[]> seeds() throws IOException {
        if (seeds == null) {
            List<byte[]> made = new ArrayList<>();
            for (OutputSyntax syntax : List.of(OutputSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                    OutputSyntax.IMPLICIT_VR_LITTLE_ENDIAN, OutputSyntax.EXPLICIT_VR_BIG_ENDIAN,
                    OutputSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, OutputSyntax.RLE_LOSSLESS)) {
                Path d = AppTemp.directory("fuzz-seed");
                CtSeriesWriter.write(DicomTestData.volume(8, 8, 1), d, CtWriteOptions.builder()
                        .transferSyntax(syntax).files("a.dcm", FileOrder.BY_POSITION, 0, InstanceOrder.ASCENDING)
                        .build());
                made.add(Files.readAllBytes(d.resolve("a.dcm")));
                Files.delete(d.resolve("a.dcm"));
                Files.delete(d);
            }
            seeds = List.copyOf(made);
        }
        return seeds;
    }

    @FuzzTest(maxDuration = "4h")
    void dicomFile(byte[] bytes) throws IOException {
        try {
            read(bytes);
        } catch (org.tacerisk.common.BadInputException refused) {
            // a clear refusal is the one acceptable failure
        }
    }

    @Test
    void mutatedFilesAreReadOrRefused() throws IOException {
        int tried = MutationFuzzer.run("dicom", MutationFuzzer.withRegressionInputs(seeds(), getClass(), "dicomFile"), 3,
                DicomReaderFuzzTest::read);
        assertTrue(tried > seeds().size(), "fuzzed " + tried + " inputs");
    }
}
