package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.FileMetaInformation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Severity;
import org.tacerisk.dicom.CtWriteOptions.FileOrder;
import org.tacerisk.dicom.CtWriteOptions.InstanceOrder;
import org.tacerisk.dicom.CtWriteOptions.OutputSyntax;

/** Files that are not (usable) DICOM: the scan goes on and says why each was skipped. */
class DicomIndexFindingsTest {

    @TempDir
    Path dir;

    private void writeSeries(int nz) throws Exception {
        CtSeriesWriter.write(DicomTestData.volume(6, 5, nz), dir, CtWriteOptions.builder()
                .files("CT%02d.dcm", FileOrder.BY_POSITION, 0, InstanceOrder.ASCENDING).build());
    }

    private static Finding finding(java.util.List<Finding> findings, String subject) {
        return findings.stream().filter(f -> subject.equals(f.subject())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing about " + subject + " in " + findings));
    }

    @Test
    void garbageNamedDcmAndAReadmeAreReportedAndSkipped() throws Exception {
        writeSeries(4);
        byte[] garbage = new byte[4000];
        new Random(7).nextBytes(garbage);
        Files.write(dir.resolve("broken.dcm"), garbage);
        Files.writeString(dir.resolve("README.txt"), "Exported by PACS viewer\n");
        Files.write(dir.resolve("empty.dcm"), new byte[0]);
        DicomIndex index = DicomScanner.scan(dir);
        assertEquals(1, index.allSeries().size());
        assertTrue(index.allSeries().get(0).loadable());
        assertEquals(3, index.findings().size(), index.findings().toString());
        Finding broken = finding(index.findings(), "broken.dcm");
        assertEquals(DicomFindings.UNREADABLE_FILE, broken.code());
        assertEquals(Severity.WARNING, broken.severity());
        Finding readme = finding(index.findings(), "README.txt");
        assertEquals(DicomFindings.NOT_DICOM, readme.code());
        assertEquals(Severity.INFO, readme.severity());
        assertEquals(DicomFindings.UNREADABLE_FILE, finding(index.findings(), "empty.dcm").code());
    }

    @Test
    void aFileTruncatedInsideTheImageDataMakesTheSeriesIncomplete() throws Exception {
        writeSeries(4);
        Path file = dir.resolve("CT03.dcm");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));
        SeriesEntry s = DicomScanner.scan(dir).allSeries().get(0);
        Finding f = s.findings().stream().filter(x -> x.code().equals(DicomFindings.UNREADABLE_FILE)).findFirst()
                .orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("CT03.dcm", f.subject());
        assertTrue(f.message().contains("truncated"), f.message());
        assertTrue(!s.loadable());
    }

    @Test
    void aFileTruncatedInsideTheHeaderIsAnIndexFinding() throws Exception {
        writeSeries(4);
        Path file = dir.resolve("CT04.dcm");
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 300));
        DicomIndex index = DicomScanner.scan(dir);
        // Either unreadable at index level, or readable up to the cut and then incomplete inside the series.
        boolean atIndex = index.findings().stream().anyMatch(f -> "CT04.dcm".equals(f.subject()));
        boolean inSeries = index.allSeries().stream().flatMap(s -> s.findings().stream())
                .anyMatch(f -> "CT04.dcm".equals(f.subject()));
        assertTrue(atIndex || inSeries, index.findings().toString());
    }

    @Test
    void jpegLsIsNamedAsUnsupported() throws Exception {
        writeSeries(3);
        for (int n = 1; n <= 3; n++) {
            Path file = dir.resolve(String.format("CT%02d.dcm", n));
            AttributeList l = DicomTestData.readAll(file);
            l.removeMetaInformationHeaderAttributes();
            l.removeGroupLengthAttributes();
            // Header says JPEG-LS; the header-only scan must stop there and name it.
            FileMetaInformation.addFileMetaInformation(l, TransferSyntaxes.JPEG_LS_LOSSLESS, "TEST");
            l.write(file.toFile(), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, true, true);
        }
        SeriesEntry s = DicomScanner.scan(dir).allSeries().get(0);
        Finding f = s.findings().get(0);
        assertEquals(DicomFindings.UNSUPPORTED_TRANSFER_SYNTAX, f.code());
        assertTrue(f.message().contains("JPEG-LS Lossless (1.2.840.10008.1.2.4.80)"), f.message());
        assertTrue(!s.loadable());
    }

    @Test
    void deflatedFilesAreReallyDeflatedAndRleFilesReallyEncapsulated() throws Exception {
        CtSeriesWriter.write(DicomTestData.volume(16, 16, 2), dir, CtWriteOptions.builder()
                .transferSyntax(OutputSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN)
                .files("D%d.dcm", FileOrder.BY_POSITION, 0, InstanceOrder.ASCENDING).build());
        byte[] deflated = Files.readAllBytes(dir.resolve("D1.dcm"));
        int metaEnd = 132 + 12 + leInt(deflated, 140); // (0002,0000) group length value at offset 140
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated, metaEnd, deflated.length - metaEnd);
        byte[] out = new byte[1 << 16];
        int n = inflater.inflate(out);
        assertTrue(n > 16 * 16 * 2, "inflated " + n + " bytes");
        assertEquals(0x08, out[0]); // the data set starts with group 0008
        CtSeriesWriter.write(DicomTestData.volume(16, 16, 2), dir, CtWriteOptions.builder()
                .transferSyntax(OutputSyntax.RLE_LOSSLESS)
                .files("R%d.dcm", FileOrder.BY_POSITION, 0, InstanceOrder.ASCENDING).build());
        String rle = new String(Files.readAllBytes(dir.resolve("R1.dcm")), StandardCharsets.ISO_8859_1);
        // Item tag (FFFE,E000) followed later by the RLE header "2 segments, first at offset 64".
        assertTrue(rle.contains("\u00fe\u00ff\u0000\u00e0"));
        assertTrue(rle.contains("\u0002\u0000\u0000\u0000\u0040\u0000\u0000\u0000"));
    }

    private static int leInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    @Test
    void rlePackBitsHandlesRunsLiteralsAndLongBlocks() {
        byte[] in = new byte[1000];
        for (int n = 0; n < in.length; n++) {
            in[n] = (byte) (n < 300 ? 5 : n < 700 ? n : n % 3 == 0 ? 1 : 2);
        }
        assertEquals(0, Arrays.compare(in, unpack(RleEncoder.packBits(in), in.length)));
        assertEquals(0, RleEncoder.packBits(in).length % 2);
    }

    private static byte[] unpack(byte[] packed, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = 0;
        while (n < packed.length && out.size() < size) {
            int h = packed[n++];
            if (h >= 0) {
                out.write(packed, n, h + 1);
                n += h + 1;
            } else if (h != -128) {
                for (int r = 0; r < 1 - h; r++) {
                    out.write(packed[n]);
                }
                n++;
            }
        }
        return out.toByteArray();
    }
}
