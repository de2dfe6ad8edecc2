package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF written as DICOM Encapsulated PDF, re-read with PixelMed: filed in the CT's study, the bytes intact. */
class EncapsulatedPdfWriterTest {

    @TempDir
    Path dir;

    private static final EncapsulatedPdfWriter.Options OPTIONS =
            new EncapsulatedPdfWriter.Options("TACE-Risk report", "TACE-Risk tumour board report", "CT liver");

    private AttributeList writeAndRead(byte[] pdf) throws Exception {
        SeriesReference ct = ExportFixtures.ct(dir.resolve("ct"));
        Path out = dir.resolve("report.dcm");
        EncapsulatedPdfWriter.write(pdf, ct, OPTIONS, out);
        AttributeList list = new AttributeList();
        list.read(out.toFile());
        return list;
    }

    @Test
    void fileIsAnEncapsulatedPdfInTheCtStudyInANewDocSeries() throws Exception {
        SeriesReference ct = ExportFixtures.ct(dir.resolve("ct"));
        Path out = dir.resolve("report.dcm");
        EncapsulatedPdfWriter.write(ExportFixtures.PDF, ct, OPTIONS, out);
        AttributeList list = new AttributeList();
        list.read(out.toFile());

        assertEquals("1.2.840.10008.5.1.4.1.1.104.1", RoiDicom.string(list, "SOPClassUID"));
        assertEquals("1.2.840.10008.5.1.4.1.1.104.1", RoiDicom.string(list, "MediaStorageSOPClassUID"));
        assertEquals("1.2.840.10008.1.2.1", RoiDicom.string(list, "TransferSyntaxUID"));
        assertEquals("DOC", RoiDicom.string(list, "Modality"));
        assertEquals("TACE-Risk report", RoiDicom.string(list, "SeriesDescription"));
        assertEquals("TACE-Risk tumour board report", RoiDicom.string(list, "DocumentTitle"));
        assertEquals("application/pdf", RoiDicom.string(list, "MIMETypeOfEncapsulatedDocument"));
        assertEquals("YES", RoiDicom.string(list, "BurnedInAnnotation"));
        assertEquals("TACE-Risk", RoiDicom.string(list, "Manufacturer"));
        assertEquals("dev", RoiDicom.string(list, "SoftwareVersions"));
        assertFalse(RoiDicom.string(list, "ContentDate").isEmpty());
        assertFalse(RoiDicom.string(list, "ContentTime").isEmpty());

        // The CT's study and patient, as the fixture wrote them (not as the reference says).
        assertEquals(ExportFixtures.NAME, RoiDicom.string(list, "PatientName"));
        assertEquals(ExportFixtures.ID, RoiDicom.string(list, "PatientID"));
        assertEquals(ExportFixtures.BIRTH_DATE, RoiDicom.string(list, "PatientBirthDate"));
        assertEquals("F", RoiDicom.string(list, "PatientSex"));
        assertEquals(ExportFixtures.STUDY_DATE, RoiDicom.string(list, "StudyDate"));
        assertEquals("101500", RoiDicom.string(list, "StudyTime"));
        assertEquals(ExportFixtures.ACCESSION, RoiDicom.string(list, "AccessionNumber"));
        assertEquals(ExportFixtures.STUDY_ID, RoiDicom.string(list, "StudyID"));
        assertEquals(ExportFixtures.REFERRING, RoiDicom.string(list, "ReferringPhysicianName"));
        assertEquals("CT liver", RoiDicom.string(list, "StudyDescription"));
        AttributeList slice = new AttributeList();
        try (var files = Files.list(dir.resolve("ct"))) {
            slice.read(files.sorted().findFirst().orElseThrow().toFile());
        }
        assertEquals(RoiDicom.string(slice, "StudyInstanceUID"), RoiDicom.string(list, "StudyInstanceUID"));

        String series = RoiDicom.string(list, "SeriesInstanceUID");
        assertFalse(series.isEmpty());
        assertNotEquals(RoiDicom.string(slice, "SeriesInstanceUID"), series);
        assertNotEquals(RoiDicom.string(list, "SOPInstanceUID"), series);

        List<String> sources = new ArrayList<>();
        for (AttributeList item : RoiDicom.items(list, "SourceInstanceSequence")) {
            assertEquals("1.2.840.10008.5.1.4.1.1.2", RoiDicom.string(item, "ReferencedSOPClassUID"));
            sources.add(RoiDicom.string(item, "ReferencedSOPInstanceUID"));
        }
        assertEquals(ct.sliceSopInstanceUids(), sources);
        assertTrue(sources.contains(RoiDicom.string(slice, "SOPInstanceUID")));
    }

    @Test
    void oddLengthPdfIsPaddedWithOneZeroAndItsTrueLengthRecorded() throws Exception {
        byte[] pdf = ExportFixtures.PDF;
        assertEquals(1, pdf.length % 2, "the fixture must have odd length to test the pad");
        AttributeList list = writeAndRead(pdf);
        byte[] stored = list.get(RoiDicom.tag("EncapsulatedDocument")).getByteValues();
        assertEquals(pdf.length + 1, stored.length);
        assertEquals(0, stored[pdf.length]);
        assertArrayEquals(pdf, Arrays.copyOf(stored, pdf.length));
        assertEquals(pdf.length, Attribute.getSingleIntegerValueOrDefault(list,
                RoiDicom.tag("EncapsulatedDocumentLength"), -1));
    }

    @Test
    void evenLengthPdfIsStoredUnpadded() throws Exception {
        byte[] pdf = Arrays.copyOf(ExportFixtures.PDF, ExportFixtures.PDF.length + 1);
        pdf[pdf.length - 1] = '\n';
        AttributeList list = writeAndRead(pdf);
        assertArrayEquals(pdf, list.get(RoiDicom.tag("EncapsulatedDocument")).getByteValues());
        assertEquals(pdf.length, Attribute.getSingleIntegerValueOrDefault(list,
                RoiDicom.tag("EncapsulatedDocumentLength"), -1));
    }

    @Test
    void pdfFromAFileIsTheSameAsFromBytes() throws Exception {
        SeriesReference ct = ExportFixtures.ct(dir.resolve("ct"));
        Path pdf = Files.write(dir.resolve("report.pdf"), ExportFixtures.PDF);
        Path out = dir.resolve("report.dcm");
        EncapsulatedPdfWriter.write(pdf, ct, OPTIONS, out);
        AttributeList list = new AttributeList();
        list.read(out.toFile());
        byte[] stored = list.get(RoiDicom.tag("EncapsulatedDocument")).getByteValues();
        assertArrayEquals(ExportFixtures.PDF, Arrays.copyOf(stored, ExportFixtures.PDF.length));
    }

    @Test
    void somethingThatIsNotAPdfIsRefusedAndNothingIsWritten() throws Exception {
        SeriesReference ct = ExportFixtures.ct(dir.resolve("ct"));
        Path out = dir.resolve("report.dcm");
        byte[] png = "\u0089PNG\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(IllegalArgumentException.class, () -> EncapsulatedPdfWriter.write(png, ct, OPTIONS, out));
        assertFalse(Files.exists(out));
    }
}
