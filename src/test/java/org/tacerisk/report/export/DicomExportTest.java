package org.tacerisk.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomDictionary;
import com.pixelmed.dicom.SequenceAttribute;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.dicom.Deidentifier;
import org.tacerisk.dicom.EncapsulatedPdfWriter;
import org.tacerisk.dicom.RtStructReader;
import org.tacerisk.dicom.SegReader;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * The DICOM export of a named patient's outline and report, re-read with PixelMed: the CT's study and series
 * referenced, SEG back to the same mask, RTSTRUCT back with Dice ≥ 0.99, and de-identified copies free of the
 * patient's strings and original UIDs.
 */
class DicomExportTest {

    static final String NAME = "WANG^XIAOMING";
    static final String ID = "HOSP-558812";
    static final String BIRTH_DATE = "19580714";
    static final String STUDY_DATE = "20250311";
    static final String ACCESSION = "ACC-20250311-7";
    static final String STUDY_ID = "S-9931";
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+){3,}");
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    /** The record's report: the same page with the patient's name and ID in it. */
    private static final byte[] RECORD_PDF = new String(PDF, StandardCharsets.US_ASCII)
            .replace("trailer", "% " + NAME + " " + ID + "\ntrailer").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private SeriesReference ct;
    private Mask tumour;

    @BeforeEach
    void writeCt() throws Exception {
        ImageGeometry g = ImageGeometry.axisAligned(40, 36, 8, new double[] {0.75, 0.75, 2.5},
                new double[] {-15, -12, 30});
        short[] hu = new short[g.voxelCount()];
        byte[] m = new byte[g.voxelCount()];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    hu[g.index(i, j, k)] = (short) ((i * 7 + j * 3 + k) % 300 - 100);
                    // an ellipsoid over slices 2–6: round outlines, several contours for the RTSTRUCT
                    double x = (i - 19.5) / 12, y = (j - 17.5) / 10, z = (k - 4) / 2.2;
                    m[g.index(i, j, k)] = (byte) (x * x + y * y + z * z <= 1 ? 1 : 0);
                }
            }
        }
        tumour = Mask.of(g, m);
        ct = CtSeriesWriter.write(Volume.ofShorts(g, hu, Volume.HU), dir.resolve("ct"),
                CtWriteOptions.builder().patient(NAME, ID, BIRTH_DATE, "M")
                        .study(null, STUDY_DATE, "083000", STUDY_ID, ACCESSION, "CT abdomen triphasic")
                        .series(null, 4, "Portal venous", null).build());
    }

    private DicomExport.Written export() throws Exception {
        DicomExport.Report record = new DicomExport.Report(RECORD_PDF,
                new EncapsulatedPdfWriter.Options("TACE-Risk report", "TACE-Risk report", null));
        DicomExport.Report pseudonymised = new DicomExport.Report(PDF,
                new EncapsulatedPdfWriter.Options("TACE-Risk report", "TACE-Risk report", null));
        return DicomExport.write(tumour, ct, "Tumour", record, pseudonymised, dir.resolve("pacs"),
                DicomExport.randomPseudonym(new SecureRandom()));
    }

    @Test
    void segAndRtstructReferenceTheCtsStudyAndSeriesAndReimport() throws Exception {
        DicomExport.Written w = export();
        assertEquals(List.of(DicomExport.SEG_FILE, DicomExport.RTSTRUCT_FILE, DicomExport.REPORT_FILE),
                w.files().stream().map(f -> f.getFileName().toString()).toList());
        String study = ct.patientStudy().studyInstanceUid();
        for (Path f : w.files()) {
            AttributeList list = read(f);
            assertEquals(study, string(list, "StudyInstanceUID"), f.toString());
            assertEquals(ID, string(list, "PatientID"), f.toString());
            assertEquals(NAME, string(list, "PatientName"), f.toString());
            assertNotEquals(ct.seriesInstanceUid(), string(list, "SeriesInstanceUID"), "a new series");
        }
        // SEG: ReferencedSeriesSequence → the CT series; RTSTRUCT: frame → study → series
        AttributeList seg = read(w.files().get(0));
        assertEquals(ct.seriesInstanceUid(), string(item(seg, "ReferencedSeriesSequence"), "SeriesInstanceUID"));
        assertEquals(List.of(ct.seriesInstanceUid()), SegReader.references(w.files().get(0)).seriesInstanceUids());
        AttributeList rt = read(w.files().get(1));
        AttributeList frame = item(rt, "ReferencedFrameOfReferenceSequence");
        assertEquals(ct.frameOfReferenceUid(), string(frame, "FrameOfReferenceUID"));
        AttributeList rtStudy = item(frame, "RTReferencedStudySequence");
        assertEquals(study, string(rtStudy, "ReferencedSOPInstanceUID"));
        assertEquals(ct.seriesInstanceUid(), string(item(rtStudy, "RTReferencedSeriesSequence"),
                "SeriesInstanceUID"));
        assertEquals(EncapsulatedPdfWriter.SOP_CLASS, string(read(w.files().get(2)), "SOPClassUID"));

        Mask fromSeg = SegReader.read(w.files().get(0), "Tumour", tumour.geometry());
        assertArrayEquals(tumour.toByteArray(), fromSeg.toByteArray(), "SEG: the same mask, voxel for voxel");
        Mask fromRt = RtStructReader.rasterise(w.files().get(1), "Tumour", tumour.geometry(), ct);
        assertTrue(tumour.count() > 1000, "a real outline: " + tumour.count());
        assertTrue(tumour.dice(fromRt) >= 0.99, "RTSTRUCT Dice " + tumour.dice(fromRt));
    }

    @Test
    void deidentifiedCopiesLieBesideAndHoldNoneOfThePatientsStringsOrOriginalUids() throws Exception {
        DicomExport.Written w = export();
        assertEquals(dir.resolve("pacs-deidentified").toAbsolutePath().normalize(), w.deidentifiedFolder());
        assertEquals(3, w.deidentified().size());
        Set<String> originalUids = new HashSet<>(ct.sliceSopInstanceUids());
        originalUids.addAll(List.of(ct.patientStudy().studyInstanceUid(), ct.seriesInstanceUid(),
                ct.frameOfReferenceUid()));
        for (Path f : w.files()) {
            String text = latin1(f);
            assertTrue(text.contains(ID) && text.contains(NAME), "the originals carry the patient");
            AttributeList list = read(f);
            originalUids.add(string(list, "SeriesInstanceUID"));
            originalUids.add(string(list, "SOPInstanceUID"));
        }
        assertTrue(originalUids.size() > 10, "" + originalUids.size());
        List<String> identifying = List.of(NAME, "WANG", "XIAOMING", ID, BIRTH_DATE, STUDY_DATE, ACCESSION,
                STUDY_ID, "CT abdomen", "Portal venous");
        List<AttributeList> copies = new ArrayList<>();
        for (Path f : w.deidentified()) {
            assertTrue(Files.isRegularFile(f) && f.getParent().equals(w.deidentifiedFolder()), f.toString());
            String text = latin1(f);
            String withoutUids = UID.matcher(text).replaceAll("UID");
            for (String s : identifying) {
                assertFalse(withoutUids.contains(s), f.getFileName() + " holds " + s);
            }
            for (String uid : originalUids) {
                assertFalse(text.contains(uid), f.getFileName() + " holds original UID " + uid);
            }
            AttributeList list = read(f);
            assertEquals(w.pseudonym().patientId(), string(list, "PatientID"));
            assertEquals(w.pseudonym().patientName(), string(list, "PatientName"));
            copies.add(list);
        }
        // PS3.15 D: the copy's document is the pseudonymised report, not the record's
        byte[] copied = copies.get(2).get(tag("EncapsulatedDocument")).getByteValues();
        assertArrayEquals(PDF, java.util.Arrays.copyOf(copied, PDF.length));
        assertEquals("ROI 1", string(item(copies.get(1), "StructureSetROISequence"), "ROIName"));
        // one UID mapping for the export: the copies still share one study, and the SEG and RTSTRUCT one series
        String study = string(copies.get(0), "StudyInstanceUID");
        copies.forEach(c -> assertEquals(study, string(c, "StudyInstanceUID")));
        assertEquals(string(item(copies.get(0), "ReferencedSeriesSequence"), "SeriesInstanceUID"),
                string(item(item(item(copies.get(1), "ReferencedFrameOfReferenceSequence"),
                        "RTReferencedStudySequence"), "RTReferencedSeriesSequence"), "SeriesInstanceUID"));
    }

    @Test
    void aRecordReportWithoutAPseudonymisedOneIsRefused() {
        DicomExport.Report record = new DicomExport.Report(RECORD_PDF,
                new EncapsulatedPdfWriter.Options("TACE-Risk report", "TACE-Risk report", null));
        assertThrowsIllegal(() -> DicomExport.write(tumour, ct, "Tumour", record, null, dir.resolve("x"),
                DicomExport.randomPseudonym(new SecureRandom())));
    }

    @Test
    void randomPseudonymsDifferAndAreNoPartOfThePatient() {
        Deidentifier.Pseudonym a = DicomExport.randomPseudonym(new SecureRandom());
        Deidentifier.Pseudonym b = DicomExport.randomPseudonym(new SecureRandom());
        assertNotEquals(a, b);
        assertTrue(a.patientId().matches("TR-[0-9A-F]{8}"), a.patientId());
        assertEquals("ANONYMOUS^" + a.patientId(), a.patientName());
    }

    @Test
    void anEmptyOutlineIsRefusedBeforeAnythingIsWritten() {
        Mask empty = Mask.empty(tumour.geometry());
        assertThrowsIllegal(() -> DicomExport.write(empty, ct, "Tumour", null, null, dir.resolve("none"),
                DicomExport.randomPseudonym(new SecureRandom())));
        assertFalse(Files.exists(dir.resolve("none")));
    }

    private static void assertThrowsIllegal(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, e);
    }

    private static String latin1(Path f) throws Exception {
        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
    }

    private static AttributeList read(Path f) throws Exception {
        AttributeList list = new AttributeList();
        list.read(f.toString());
        return list;
    }

    private static AttributeTag tag(String keyword) {
        AttributeTag t = DicomDictionary.StandardDictionary.getTagFromName(keyword);
        assertTrue(t != null, keyword);
        return t;
    }

    private static String string(AttributeList list, String keyword) {
        Attribute a = list.get(tag(keyword));
        return a == null ? null : a.getSingleStringValueOrNull();
    }

    private static AttributeList item(AttributeList list, String sequence) {
        SequenceAttribute s = (SequenceAttribute) list.get(tag(sequence));
        assertTrue(s != null && s.getNumberOfItems() > 0, sequence);
        return s.getItem(0).getAttributeList();
    }
}
