package org.tacerisk.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.dicom.SegWriter;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.ImageGeometry;

/** A damaged or foreign case file is refused with the file's name and the reason, never half-read. */
class CaseFileRefusalTest {

    @TempDir
    Path dir;
    Path good;
    Map<String, byte[]> entries;
    SeriesReference series;

    @BeforeEach
    void writeAGoodCase() throws IOException {
        Path dicom = dir.resolve("dicom");
        series = CaseFileFixture.writeSeries(dicom);
        good = dir.resolve("good.tacerisk");
        CaseFile.write(good, CaseFileFixture.contents(series, dicom), CaseFileFixture.tumour(), series);
        entries = CaseFileFixture.entries(good);
    }

    private String refusal(Path file) {
        BadInputException e = assertThrows(BadInputException.class, () -> CaseFile.open(file));
        assertEquals(file, e.input());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        return e.getMessage();
    }

    private String refusalOf(Map<String, byte[]> changed) throws IOException {
        Path file = dir.resolve("bad.tacerisk");
        CaseFileFixture.zip(file, changed);
        return refusal(file);
    }

    private String json() {
        return new String(entries.get(CaseFile.MANIFEST), StandardCharsets.UTF_8);
    }

    private String refusalOfJson(String json) throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(CaseFile.MANIFEST, json.getBytes(StandardCharsets.UTF_8));
        return refusalOf(changed);
    }

    private static void assertSays(String expected, String message) {
        assertTrue(message.contains(expected), "expected «" + expected + "» in: " + message);
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path file = dir.resolve("notes.tacerisk");
        Files.writeString(file, "this is a text file");
        assertSays("is not a TACE-Risk case file: it is not a zip archive", refusal(file));
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        Path file = dir.resolve("cut.tacerisk");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertSays("not a zip archive, or it is truncated", refusal(file));
    }

    @Test
    void aMissingManifestIsRefused() throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.remove(CaseFile.MANIFEST);
        assertSays("cannot open the case: it has no case.json; the case file is damaged", refusalOf(changed));
    }

    @Test
    void aMissingMaskIsRefused() throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.remove(CaseFile.MASK);
        assertSays("it has no mask.dcm", refusalOf(changed));
    }

    @Test
    void anUnknownEntryIsRefused() throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put("payload.exe", new byte[] {1, 2, 3});
        assertSays("it holds an entry 'payload.exe' that a case file does not have", refusalOf(changed));
    }

    /** One byte of the mask entry's compressed data flipped: the inflater or the CRC-32 catches it. */
    @Test
    void aDamagedEntryIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        int header = secondLocalHeader(bytes);
        int nameLength = (bytes[header + 26] & 0xff) | (bytes[header + 27] & 0xff) << 8;
        int extraLength = (bytes[header + 28] & 0xff) | (bytes[header + 29] & 0xff) << 8;
        int data = header + 30 + nameLength + extraLength;
        bytes[data + 40] ^= 0x5a;
        Path file = dir.resolve("flipped.tacerisk");
        Files.write(file, bytes);
        assertSays("its entry mask.dcm is damaged", refusal(file));
    }

    private static int secondLocalHeader(byte[] b) {
        int found = 0;
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4 && ++found == 2) {
                return i;
            }
        }
        throw new AssertionError("no second entry");
    }

    @Test
    void aManifestThatIsNotJsonIsRefused() throws IOException {
        assertSays("case.json is not valid JSON", refusalOfJson(json().substring(0, 40)));
        assertSays("case.json is not a JSON object", refusalOfJson("[1, 2]"));
    }

    @Test
    void aNewerFormatVersionIsRefused() throws IOException {
        String message = refusalOfJson(json().replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
        assertSays("it was written in case file format 2 by a newer TACE-Risk; this version reads format 1 and"
                + " older: open it with a newer TACE-Risk", message);
    }

    @Test
    void aMissingOrUnknownFieldIsRefused() throws IOException {
        assertSays("case.json has no series.dicomFolder",
                refusalOfJson(json().replaceFirst(",\\s*\"dicomFolder\" : \"[^\"]*\"", "")));
        assertSays("case.json has an unknown field result.colour", refusalOfJson(json().replace("\"riskGroup\" :",
                "\"colour\" : \"red\", \"riskGroup\" :")));
    }

    @Test
    void aValueThatIsNotAFiniteNumberIsRefused() throws IOException {
        assertTrue(json().contains("\"value\" : 1250.5"), json());
        assertSays("case.json: values[0].value is not a number (NaN)",
                refusalOfJson(json().replace("\"value\" : 1250.5", "\"value\" : \"NaN\"")));
        assertSays("case.json is not valid JSON", refusalOfJson(json().replace("\"value\" : 1250.5",
                "\"value\" : NaN")));
        assertSays("case.json: result.probability is out of range for a number",
                refusalOfJson(json().replaceFirst("\"probability\" : [0-9.E-]+", "\"probability\" : 1e999")));
        assertSays("case.json: result.signatureScores.rad is not a number",
                refusalOfJson(json().replaceFirst("(\"result\"[\\s\\S]*\"rad\" : )[0-9.E-]+", "$1null")));
    }

    @Test
    void aMaskOfAnotherSeriesIsRefused() throws IOException {
        SeriesReference other = CaseFileFixture.writeSeries(dir.resolve("other"));
        Path seg = dir.resolve("other-seg.dcm");
        SegWriter.write(CaseFileFixture.tumour(), other, CaseFile.SEGMENT_LABEL, seg);
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(CaseFile.MASK, Files.readAllBytes(seg));
        assertSays("its mask (mask.dcm) references other study, series or frame-of-reference UIDs than case.json",
                refusalOf(changed));
    }

    @Test
    void aMaskThatIsNotASegmentationIsRefusedNamingTheCaseFile() throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(CaseFile.MASK, "not DICOM".getBytes(StandardCharsets.UTF_8));
        String message = refusalOf(changed);
        assertSays("its mask (mask.dcm): ", message);
        assertTrue(!message.contains("tacerisk-case-mask"), "no temporary file name: " + message);
    }

    @Test
    void aMaskOffTheLoadedGridIsRefusedNamingTheCaseFile() throws IOException {
        OpenedCase opened = CaseFile.open(good);
        ImageGeometry shifted = new ImageGeometry(7, 5, 4, new double[] {0.8, 0.7, 2.5},
                new double[] {-100.25, -80.5, 130.0}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        BadInputException e = assertThrows(BadInputException.class, () -> opened.mask(shifted));
        assertEquals(good, e.input());
        assertSays("its mask (mask.dcm): frame 1 at z = 32.500 mm is not on a slice of the image grid", e.getMessage());
    }

    @Test
    void aMissingFileIsRefused() {
        assertSays("the case file does not exist", refusal(dir.resolve("nowhere.tacerisk")));
    }
}
