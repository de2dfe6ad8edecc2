package org.tacerisk.casefile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.AppTemp;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.MutationFuzzer;
import org.tacerisk.dicom.SeriesReference;

/**
 * Issue 16: the case-file reader (the zip, case.json, the mask placed on the series' grid) on damaged files refuses
 * with a {@link BadInputException} or reads them; it never fails otherwise. See {@code DicomReaderFuzzTest}.
 */
class CaseFileFuzzTest {

    static void read(byte[] bytes) throws IOException {
        Path file = AppTemp.file("fuzz-case", CaseFile.EXTENSION);
        try {
            Files.write(file, bytes);
            CaseFile.open(file).mask(CaseFileFixture.GRID);
        } finally {
            Files.delete(file);
        }
    }

    private static List<byte[]> seeds;

    /** A case drawn on the fixture's series, and one with an empty mask. */
    static synchronized List<byte[]> seeds() throws IOException {
        if (seeds == null) {
            Path dir = AppTemp.directory("fuzz-case-seed");
            SeriesReference series = CaseFileFixture.writeSeries(dir.resolve("dicom"));
            Path a = dir.resolve("a" + CaseFile.EXTENSION);
            Path b = dir.resolve("b" + CaseFile.EXTENSION);
            CaseContents contents = CaseFileFixture.contents(series, dir.resolve("dicom"));
            CaseFile.write(a, contents, CaseFileFixture.tumour(), series);
            CaseFile.write(b, contents, CaseFileFixture.mask("#"), series);
            seeds = List.of(Files.readAllBytes(a), Files.readAllBytes(b));
        }
        return seeds;
    }

    @FuzzTest(maxDuration = "4h")
    void caseFile(byte[] bytes) throws IOException {
        try {
            read(bytes);
        } catch (BadInputException refused) {
            // a clear refusal is the one acceptable failure
        }
    }

    /** Found by the mutation fuzzer: a mask entry PixelMed calls "Not a DICOM file" escaped as an IOException. */
    @Test
    void aMaskThatIsNotDicomIsRefusedNamingTheCaseFileAndTheEntry() throws IOException {
        assertRefused("mask-not-dicom-masquerading-big-endian", ": its mask (mask.dcm): not a readable DICOM file");
    }

    /** Found by Jazzer: a cut end-of-central-directory record made ZipFile throw EOFException. */
    @Test
    void aZipWhoseEndRecordIsCutIsRefused() throws IOException {
        assertRefused("zip-end-record-cut-eof", ": is not a TACE-Risk case file: it is not a zip archive, or it is"
                + " truncated");
    }

    private void assertRefused(String input, String says) throws IOException {
        byte[] found;
        try (var in = getClass().getResourceAsStream("CaseFileFuzzTestInputs/caseFile/" + input)) {
            found = in.readAllBytes();
        }
        Path file = AppTemp.file("regression", CaseFile.EXTENSION);
        Files.write(file, found);
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> CaseFile.open(file));
        assertTrue(e.getMessage().startsWith(file + says), e.getMessage());
        Files.delete(file);
    }

    @Test
    void mutatedCaseFilesAreReadOrRefused() throws IOException {
        int tried = MutationFuzzer.run("casefile", MutationFuzzer.withRegressionInputs(seeds(), getClass(), "caseFile"), 3,
                CaseFileFuzzTest::read);
        assertTrue(tried > seeds().size(), "fuzzed " + tried + " inputs");
    }
}
