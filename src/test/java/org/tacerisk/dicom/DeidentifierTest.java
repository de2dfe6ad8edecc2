package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.LongStringAttribute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.image.Mask;

/**
 * One export (a SEG, an RTSTRUCT, an Encapsulated PDF and a CT slice of a named patient, with the identifying
 * attributes PACS objects often carry added) de-identified: the bytes hold none of the patient's strings or original
 * UIDs, and the copies still reference each other and read back onto the same grid.
 */
class DeidentifierTest {

    private static final Pattern UID = Pattern.compile("2\\.25\\.[0-9]+");
    private static final Deidentifier.Pseudonym PSEUDONYM = new Deidentifier.Pseudonym("TRIAL^0007", "TRIAL-0007");

    /** Strings an identifying attribute added by {@link #addIdentifyingAttributes} carries, beside the fixture's. */
    private static final String INSTITUTION = "St Elsewhere Hospital";
    private static final String ADDRESS = "12 Harbour Road";
    private static final String STATION = "CT-ROOM-7";
    private static final String SERIAL = "SN-556677";
    private static final String OPERATOR = "TECH^TOM";
    private static final String OTHER_ID = "OLD-ID-4711";
    private static final String REVIEWER = "SMITH^ANNA";
    private static final String PRIVATE_NOTE = "private-note-8812";

    @TempDir
    Path dir;

    private SeriesReference ct;
    private Mask mask;
    private Path seg;
    private Path rt;
    private Path pdf;
    private Path slice;

    @BeforeEach
    void writeExport() throws Exception {
        ct = ExportFixtures.ct(dir.resolve("ct"));
        mask = ExportFixtures.tumour();
        seg = dir.resolve("export/seg.dcm");
        rt = dir.resolve("export/rtstruct.dcm");
        pdf = dir.resolve("export/report.dcm");
        SegWriter.write(mask, ct, "Tumour", seg);
        RtStructWriter.write(mask, ct, "GTV", rt);
        EncapsulatedPdfWriter.write(ExportFixtures.PDF_WITH_PATIENT, ct,
                new EncapsulatedPdfWriter.Options("TACE-Risk report", "Report", "CT liver"), pdf);
        try (var files = Files.list(dir.resolve("ct"))) {
            slice = files.sorted().findFirst().orElseThrow();
        }
        for (Path p : List.of(seg, rt, pdf)) {
            addIdentifyingAttributes(p);
        }
    }

    /** What a PACS object often carries beyond what our writers write: institution, staff, private tags. */
    private static void addIdentifyingAttributes(Path file) throws Exception {
        AttributeList list = RoiDicom.read(file);
        RoiDicom.put(list, "InstitutionName", INSTITUTION);
        RoiDicom.put(list, "InstitutionAddress", ADDRESS + ", Springfield");
        RoiDicom.put(list, "StationName", STATION);
        RoiDicom.put(list, "DeviceSerialNumber", SERIAL);
        RoiDicom.put(list, "OperatorsName", OPERATOR);
        RoiDicom.put(list, "OtherPatientIDs", OTHER_ID);
        RoiDicom.put(list, "PatientAddress", ADDRESS);
        RoiDicom.put(list, "ImageComments", "seen " + ExportFixtures.NAME);
        RoiDicom.put(list, "IssuerOfPatientID", INSTITUTION);
        LongStringAttribute creator = new LongStringAttribute(new AttributeTag(0x0009, 0x0010));
        creator.addValue("ACME 1.0");
        list.put(creator);
        LongStringAttribute note = new LongStringAttribute(new AttributeTag(0x0009, 0x1001));
        note.addValue(PRIVATE_NOTE + " " + ExportFixtures.ID);
        list.put(note);
        // A person name and a date deep inside a sequence, under no keyword the profile names.
        AttributeList nested = new AttributeList();
        RoiDicom.put(nested, "ReviewerName", REVIEWER);
        RoiDicom.put(nested, "ReviewDate", ExportFixtures.BIRTH_DATE);
        RoiDicom.put(nested, "ReferencedSOPInstanceUID", "2.25.4242424242");
        RoiDicom.putSequence(list, "ReferencedImageSequence", nested);
        RoiDicom.write(list, file);
    }

    private static String latin1(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    private static Set<String> uidsIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = UID.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void deidentifiedBytesHoldNoIdentifyingStringAndNoOriginalUid() throws Exception {
        Deidentifier export = new Deidentifier(PSEUDONYM, ExportFixtures.PDF);
        Set<String> originalUids = new HashSet<>();
        List<String> outputs = new ArrayList<>();
        for (Path in : List.of(seg, rt, pdf, slice)) {
            String before = latin1(in);
            originalUids.addAll(uidsIn(before));
            assertTrue(before.contains(ExportFixtures.ID), "the fixture must carry the ID to test its removal");
            Path out = dir.resolve("deid").resolve(in.getFileName());
            export.deidentify(in, out);
            outputs.add(latin1(out));
        }
        assertTrue(originalUids.size() > 10, "study, series, frame of reference, instances: " + originalUids.size());
        assertTrue(originalUids.contains(ct.patientStudy().studyInstanceUid()));
        assertTrue(originalUids.contains("2.25.4242424242"));

        List<String> identifying = List.of(ExportFixtures.NAME, "DOE", "JANE", ExportFixtures.ID,
                ExportFixtures.BIRTH_DATE, ExportFixtures.STUDY_DATE, ExportFixtures.ACCESSION,
                ExportFixtures.REFERRING, "HOUSE", ExportFixtures.STUDY_ID, INSTITUTION, ADDRESS, "Springfield",
                STATION, SERIAL, OPERATOR, OTHER_ID, REVIEWER, PRIVATE_NOTE, "ACME", "CT liver", "Arterial phase");
        for (String text : outputs) {
            // New UIDs are random digits: a date inside one is no leak, so UIDs are blanked before the text scan.
            String withoutUids = UID.matcher(text).replaceAll("UID");
            for (String s : identifying) {
                assertFalse(withoutUids.contains(s), "found " + s);
            }
            for (String uid : originalUids) {
                assertFalse(text.contains(uid), "found original UID " + uid);
            }
        }
    }

    @Test
    void copiesCarryThePseudonymAndTheProfileCode() throws Exception {
        Deidentifier export = new Deidentifier(PSEUDONYM, ExportFixtures.PDF);
        for (Path in : List.of(seg, rt, pdf, slice)) {
            Path out = dir.resolve("deid").resolve(in.getFileName());
            export.deidentify(in, out);
            AttributeList list = RoiDicom.read(out);
            assertEquals("TRIAL^0007", RoiDicom.string(list, "PatientName"));
            assertEquals("TRIAL-0007", RoiDicom.string(list, "PatientID"));
            assertEquals("YES", RoiDicom.string(list, "PatientIdentityRemoved"));
            assertFalse(RoiDicom.string(list, "DeidentificationMethod").isEmpty());
            AttributeList code = RoiDicom.item(list, "DeidentificationMethodCodeSequence");
            assertEquals("113100", RoiDicom.string(code, "CodeValue"));
            assertEquals("DCM", RoiDicom.string(code, "CodingSchemeDesignator"));
            assertEquals("Basic Application Confidentiality Profile", RoiDicom.string(code, "CodeMeaning"));
            // Type 2 attributes are emptied, not removed, so the objects stay valid.
            for (String zero : List.of("PatientBirthDate", "PatientSex", "StudyDate", "StudyTime", "StudyID",
                    "AccessionNumber", "ReferringPhysicianName")) {
                assertTrue(list.containsKey(RoiDicom.tag(zero)), zero + " present");
                assertEquals("", RoiDicom.string(list, zero), zero + " empty");
            }
            assertFalse(list.containsKey(new AttributeTag(0x0009, 0x0010)), "private creator removed");
            assertEquals(RoiDicom.string(list, "SOPInstanceUID"), RoiDicom.string(list, "MediaStorageSOPInstanceUID"));
        }
    }

    @Test
    void typeOneDatesOfTheSegGetADummyValueNotAnEmptyOne() throws Exception {
        // PS3.15 Table E.1-1 gives ContentDate/ContentTime Z/D; they are Type 1 in the SEG, so D keeps it valid.
        AttributeList before = RoiDicom.read(seg);
        assertFalse(RoiDicom.string(before, "ContentDate").isEmpty(), "the fixture writes a content date");
        Path out = dir.resolve("deid/seg.dcm");
        new Deidentifier(PSEUDONYM, ExportFixtures.PDF).deidentify(seg, out);
        AttributeList list = RoiDicom.read(out);
        assertEquals("19000101", RoiDicom.string(list, "ContentDate"));
        assertEquals("000000", RoiDicom.string(list, "ContentTime"));
        assertEquals("DEIDENTIFIED", RoiDicom.string(list, "DeviceSerialNumber"));
        assertFalse(list.containsKey(RoiDicom.tag("InstitutionName")), "X/Z/D, Type 3: removed");
        assertTrue(list.containsKey(RoiDicom.tag("ContentCreatorName")), "Z/D, Type 2: kept, emptied");
        assertEquals("", RoiDicom.string(list, "ContentCreatorName"));
    }

    @Test
    void referencesResolveAcrossTheCopiesAndTheRoiReadsBackOntoTheSameGrid() throws Exception {
        Deidentifier export = new Deidentifier(PSEUDONYM, ExportFixtures.PDF);
        Map<Path, AttributeList> out = new LinkedHashMap<>();
        for (Path in : List.of(seg, rt, pdf, slice)) {
            Path copy = dir.resolve("deid").resolve(in.getFileName());
            export.deidentify(in, copy);
            out.put(in, RoiDicom.read(copy));
        }
        Map<String, String> map = export.uidMapping();
        String study = map.get(ct.patientStudy().studyInstanceUid());
        String series = map.get(ct.seriesInstanceUid());
        String frame = map.get(ct.frameOfReferenceUid());
        assertNotEquals(ct.seriesInstanceUid(), series);
        for (AttributeList list : out.values()) {
            assertEquals(study, RoiDicom.string(list, "StudyInstanceUID"));
        }
        AttributeList segOut = out.get(seg);
        AttributeList rtOut = out.get(rt);
        AttributeList ctOut = out.get(slice);
        assertEquals(series, RoiDicom.string(ctOut, "SeriesInstanceUID"));
        assertEquals(frame, RoiDicom.string(ctOut, "FrameOfReferenceUID"));
        assertEquals(series, RoiDicom.string(RoiDicom.item(segOut, "ReferencedSeriesSequence"), "SeriesInstanceUID"));
        assertEquals(frame, RoiDicom.string(segOut, "FrameOfReferenceUID"));
        AttributeList rtFrame = RoiDicom.item(rtOut, "ReferencedFrameOfReferenceSequence");
        AttributeList rtStudy = RoiDicom.item(rtFrame, "RTReferencedStudySequence");
        assertEquals(frame, RoiDicom.string(rtFrame, "FrameOfReferenceUID"));
        assertEquals(study, RoiDicom.string(rtStudy, "ReferencedSOPInstanceUID"));
        assertEquals(series, RoiDicom.string(RoiDicom.item(rtStudy, "RTReferencedSeriesSequence"),
                "SeriesInstanceUID"));

        List<String> mappedSlices = new ArrayList<>();
        for (String uid : ct.sliceSopInstanceUids()) {
            mappedSlices.add(map.get(uid));
        }
        assertTrue(mappedSlices.contains(RoiDicom.string(ctOut, "SOPInstanceUID")));
        List<String> pdfSources = new ArrayList<>();
        for (AttributeList item : RoiDicom.items(out.get(pdf), "SourceInstanceSequence")) {
            pdfSources.add(RoiDicom.string(item, "ReferencedSOPInstanceUID"));
        }
        assertEquals(mappedSlices, pdfSources);
        for (AttributeList item : RoiDicom.items(RoiDicom.item(segOut, "ReferencedSeriesSequence"),
                "ReferencedInstanceSequence")) {
            assertTrue(mappedSlices.contains(RoiDicom.string(item, "ReferencedSOPInstanceUID")));
            assertEquals("1.2.840.10008.5.1.4.1.1.2", RoiDicom.string(item, "ReferencedSOPClassUID"));
        }

        Path segCopy = dir.resolve("deid/seg.dcm");
        Path rtCopy = dir.resolve("deid/rtstruct.dcm");
        // the user's names ("Tumour", "GTV") are free text: the copies carry numbered dummies (Z) and read back by them
        assertArrayEquals(mask.toByteArray(), SegReader.read(segCopy, "Segment 1", mask.geometry()).toByteArray());
        SeriesReference mappedCt = new SeriesReference(ct.patientStudy().withStudyInstanceUid(study), series, frame,
                "CT", ct.sopClassUid(), mappedSlices, List.of());
        MaskRead rtRead = RtStructReader.rasteriseWithFindings(rtCopy, "ROI 1", mask.geometry(), mappedCt);
        assertArrayEquals(mask.toByteArray(), rtRead.mask().toByteArray());
        assertEquals(List.of(), rtRead.findings().stream().map(Finding::code).toList(),
                "the copy's references match the mapped series");
        assertEquals(new SegReader.References(study, frame, List.of(series)), SegReader.references(segCopy));
        byte[] document = RoiDicom.read(dir.resolve("deid/report.dcm")).get(RoiDicom.tag("EncapsulatedDocument"))
                .getByteValues();
        assertArrayEquals(ExportFixtures.PDF, java.util.Arrays.copyOf(document, ExportFixtures.PDF.length),
                "D: the record's PDF replaced by the caller's replacement document");
        AttributeList pdfCopy = out.get(pdf);
        assertEquals(ExportFixtures.PDF.length, pdfCopy.get(RoiDicom.tag("EncapsulatedDocumentLength"))
                .getSingleIntegerValueOrDefault(-1));
        assertEquals("NO", RoiDicom.string(pdfCopy, "BurnedInAnnotation"));
    }

    @Test
    void anEncapsulatedDocumentWithoutAReplacementIsRefusedAndNothingIsWritten() throws Exception {
        Path copy = dir.resolve("deid/report.dcm");
        BadInputException e = assertThrows(BadInputException.class,
                () -> new Deidentifier(PSEUDONYM).deidentify(pdf, copy));
        assertTrue(e.getMessage().contains("replacement document"), e.getMessage());
        assertFalse(Files.exists(copy));
        // objects without a document need no replacement
        new Deidentifier(PSEUDONYM).deidentify(seg, dir.resolve("deid/seg.dcm"));
        assertTrue(Files.exists(dir.resolve("deid/seg.dcm")));
    }

    @Test
    void roiNamesAndSegmentLabelsBecomeNumberedDummies() throws Exception {
        // a name the user typed can name the patient: it must not survive in any attribute
        Path namedRt = dir.resolve("named/rtstruct.dcm");
        Path namedSeg = dir.resolve("named/seg.dcm");
        RtStructWriter.write(mask, ct, "Doe lesion 2", namedRt);
        SegWriter.write(mask, ct, "Doe lesion 2", namedSeg);
        Deidentifier export = new Deidentifier(PSEUDONYM);
        export.deidentify(namedRt, dir.resolve("deid/rtstruct.dcm"));
        export.deidentify(namedSeg, dir.resolve("deid/seg.dcm"));
        assertEquals("ROI 1", RoiDicom.string(RoiDicom.item(RoiDicom.read(dir.resolve("deid/rtstruct.dcm")),
                "StructureSetROISequence"), "ROIName"));
        assertEquals("Segment 1", RoiDicom.string(RoiDicom.item(RoiDicom.read(dir.resolve("deid/seg.dcm")),
                "SegmentSequence"), "SegmentLabel"));
        for (Path copy : List.of(dir.resolve("deid/rtstruct.dcm"), dir.resolve("deid/seg.dcm"))) {
            assertFalse(latin1(copy).toUpperCase(java.util.Locale.ROOT).contains("DOE"), copy.toString());
        }
    }

    @Test
    void oneUidMapsToOneNewUidAndDistinctUidsStayDistinct() throws Exception {
        Deidentifier export = new Deidentifier(PSEUDONYM, ExportFixtures.PDF);
        export.deidentify(seg, dir.resolve("a/seg.dcm"));
        export.deidentify(rt, dir.resolve("a/rtstruct.dcm"));
        String studyInSeg = RoiDicom.string(RoiDicom.read(dir.resolve("a/seg.dcm")), "StudyInstanceUID");
        String studyInRt = RoiDicom.string(RoiDicom.read(dir.resolve("a/rtstruct.dcm")), "StudyInstanceUID");
        assertEquals(studyInSeg, studyInRt);

        Map<String, String> map = export.uidMapping();
        assertEquals(map.size(), new HashSet<>(map.values()).size(), "no two UIDs share a new one");
        for (String fresh : map.values()) {
            assertFalse(map.containsKey(fresh), "a new UID is never an original one");
            assertTrue(fresh.matches("2\\.25\\.[0-9]+") && fresh.length() <= 64, fresh);
        }
        Set<String> expected = new HashSet<>(uidsIn(latin1(seg)));
        expected.addAll(uidsIn(latin1(rt)));
        assertEquals(expected, map.keySet(), "every UID of the two files, and only those, remapped");

        // Another export is another mapping: the copies of two exports cannot be linked by UID.
        Deidentifier other = new Deidentifier(PSEUDONYM, ExportFixtures.PDF);
        other.deidentify(seg, dir.resolve("b/seg.dcm"));
        assertNotEquals(studyInSeg, RoiDicom.string(RoiDicom.read(dir.resolve("b/seg.dcm")), "StudyInstanceUID"));
    }

    @Test
    void deidentifyAllKeepsFileNamesAndNeverReplacesAnOriginal() throws Exception {
        List<Path> written = Deidentifier.deidentifyAll(List.of(seg, rt, pdf), dir.resolve("out"), PSEUDONYM,
                ExportFixtures.PDF);
        assertEquals(List.of(dir.resolve("out/seg.dcm"), dir.resolve("out/rtstruct.dcm"),
                dir.resolve("out/report.dcm")), written);
        assertEquals(RoiDicom.string(RoiDicom.read(written.get(0)), "StudyInstanceUID"),
                RoiDicom.string(RoiDicom.read(written.get(2)), "StudyInstanceUID"));
        byte[] before = Files.readAllBytes(seg);
        assertThrows(IllegalArgumentException.class,
                () -> Deidentifier.deidentifyAll(List.of(seg), seg.getParent(), PSEUDONYM));
        assertArrayEquals(before, Files.readAllBytes(seg));
    }

    @Test
    void aPseudonymThatIsThePatientsOwnIdIsRefused() {
        Deidentifier export = new Deidentifier(new Deidentifier.Pseudonym("TRIAL^1", ExportFixtures.ID));
        assertThrows(IllegalArgumentException.class, () -> export.deidentify(seg, dir.resolve("x.dcm")));
        assertThrows(IllegalArgumentException.class, () -> new Deidentifier.Pseudonym(" ", "X"));
    }

    @Test
    void theAddedAttributesAreReallyInTheInputs() throws Exception {
        // Guards the fixture: a scan that finds nothing must be because the de-identifier removed it.
        AttributeList list = RoiDicom.read(seg);
        assertEquals(INSTITUTION, RoiDicom.string(list, "InstitutionName"));
        assertEquals(REVIEWER, RoiDicom.string(RoiDicom.item(list, "ReferencedImageSequence"), "ReviewerName"));
        Attribute privateNote = list.get(new AttributeTag(0x0009, 0x1001));
        assertTrue(privateNote.getSingleStringValueOrEmptyString().contains(PRIVATE_NOTE));
        String text = latin1(seg);
        for (String s : List.of(ExportFixtures.NAME, ExportFixtures.BIRTH_DATE, ExportFixtures.ACCESSION,
                ExportFixtures.REFERRING, ExportFixtures.STUDY_DATE, SERIAL)) {
            assertTrue(text.contains(s), s);
        }
    }

    @Test
    void documentationNamesEveryAttributeTheProfileHandles() throws Exception {
        String doc = Files.readString(Path.of("docs/dicom-export.md"));
        for (List<String> keywords : DeidentificationProfile.keywords().values()) {
            for (String k : keywords) {
                assertTrue(Pattern.compile("\\b" + k + "\\b").matcher(doc).find(), k);
            }
        }
    }
}
