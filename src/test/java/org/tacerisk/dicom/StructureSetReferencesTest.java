package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.dicom.RtStructTestData.rectangle;

import com.pixelmed.dicom.AttributeList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Severity;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * Real-world structure sets (issue 11, L): an RTSTRUCT whose ROI declares another frame of reference than the
 * series and whose contour image references name instances that are not in the (re-anonymised) series, while the
 * structure set references the series' frame and every contour lies on a slice inside the volume, is loaded with a
 * warning; contours that cannot be placed are refused. ROI names match exactly, then ignoring case with a warning.
 */
class StructureSetReferencesTest {

    @TempDir
    Path dir;

    private Path series;
    private Path rtstruct;
    private Mask tumour;

    /** 12 × 10 × 6 CT (2.5 mm slices) and an RTSTRUCT of a 5 × 4 × 3 box written on it, in one folder. */
    @BeforeEach
    void writeSeriesAndStructureSet() throws IOException {
        Volume ct = DicomTestData.volume(12, 10, 6);
        series = dir.resolve("case");
        SeriesReference ref = CtSeriesWriter.write(ct, series.resolve("ct"), CtWriteOptions.builder().build());
        ImageGeometry g = ct.geometry();
        byte[] v = new byte[g.voxelCount()];
        for (int k = 1; k < 4; k++) {
            for (int j = 2; j < 6; j++) {
                for (int i = 3; i < 8; i++) {
                    v[g.index(i, j, k)] = 1;
                }
            }
        }
        tumour = Mask.of(g, v);
        rtstruct = series.resolve("rs.dcm");
        RtStructWriter.write(tumour, ref, "GTV-1", rtstruct);
    }

    private void alter(Consumer<AttributeList> change) throws IOException {
        StructureSetEdits.alter(rtstruct, change);
    }

    private static void reanonymisedReferences(AttributeList list) {
        StructureSetEdits.reanonymisedReferences(list);
    }

    private static void shiftContours(AttributeList list, double dzMm) {
        StructureSetEdits.shiftContours(list, dzMm);
    }

    private MaskRead read(String roi) throws IOException {
        CaseInputs.Image image = CaseInputs.readImage(series);
        return CaseInputs.readMask(rtstruct, roi, image.volume().geometry(), image.series());
    }

    private static Finding only(List<Finding> findings, String code) {
        List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, matching.size(), findings.toString());
        return matching.get(0);
    }

    @Test
    void anotherRoiFrameWithContoursOnTheSlicesLoadsWithAWarningSayingWhatDisagrees() throws IOException {
        alter(StructureSetReferencesTest::reanonymisedReferences);
        MaskRead read = read("GTV-1");
        assertArrayEquals(tumour.toByteArray(), read.mask().toByteArray());
        Finding f = only(read.findings(), StructureSetReferences.FRAME_MISMATCH);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("ROI 'GTV-1' declares another frame of reference than the image series")
                && f.message().contains("the structure set as a whole references the series' frame")
                && f.message().contains("3 of its 3 contour image references name images that are not in this"
                        + " series"), f.message());
        assertTrue(f.advice().contains("check the outline"), f.advice());
    }

    @Test
    void dicomScanShowsTheSameWarningOnTheStructureSet() throws IOException {
        alter(StructureSetReferencesTest::reanonymisedReferences);
        DicomIndex index = DicomScanner.scan(series);
        NonImageObject rs = index.nonImageObjects().get(0);
        Finding f = only(rs.findings(), StructureSetReferences.FRAME_MISMATCH);
        assertEquals("rs.dcm", f.subject());
        assertEquals(rs, SeriesSelection.structureSetFor(index, index.allSeries().get(0)).orElseThrow());
    }

    @Test
    void contoursBetweenTheSlicesOfAnotherFrameAreRefused() throws IOException {
        alter(list -> {
            reanonymisedReferences(list);
            shiftContours(list, 1.25);
        });
        BadInputException e = assertThrows(BadInputException.class, () -> read("GTV-1"));
        assertTrue(e.getMessage().contains("lies between image slices")
                && e.getMessage().contains("another frame of reference")
                && e.getMessage().contains("cannot be placed"), e.getMessage());
    }

    @Test
    void contoursOfAnotherFrameOutsideTheVolumeAreRefused() throws IOException {
        alter(list -> {
            reanonymisedReferences(list);
            shiftContours(list, 6 * 2.5);
        });
        BadInputException e = assertThrows(BadInputException.class, () -> read("GTV-1"));
        assertTrue(e.getMessage().contains("another frame of reference") && e.getMessage().contains("3 of its 3"
                + " contours reach outside the image volume") && e.getMessage().contains("cannot be placed"),
                e.getMessage());
        // In the series' own frame, contours off the volume are only left out (as before), with a warning.
        String seriesFrame = CaseInputs.readImage(series).series().frameOfReferenceUid();
        alter(list -> RoiDicom.put(RoiDicom.item(list, "StructureSetROISequence"), "ReferencedFrameOfReferenceUID",
                seriesFrame));
        MaskRead read = read("GTV-1");
        assertTrue(read.mask().isEmpty());
        only(read.findings(), "RTSTRUCT_CONTOUR_OUTSIDE_GRID");
    }

    @Test
    void unknownContourImagesInTheSeriesFrameLoadWithAWarning() throws IOException {
        alter(list -> {
            String frame = RoiDicom.string(RoiDicom.item(list, "StructureSetROISequence"),
                    "ReferencedFrameOfReferenceUID");
            reanonymisedReferences(list);
            RoiDicom.put(RoiDicom.item(list, "StructureSetROISequence"), "ReferencedFrameOfReferenceUID", frame);
        });
        MaskRead read = read("GTV-1");
        assertArrayEquals(tumour.toByteArray(), read.mask().toByteArray());
        Finding f = only(read.findings(), StructureSetReferences.UNKNOWN_IMAGES);
        assertTrue(f.message().contains("3 of its 3 contour image references"), f.message());
        assertFalse(read.findings().stream().anyMatch(x -> x.code().equals(StructureSetReferences.FRAME_MISMATCH)));
    }

    @Test
    void aStructureSetWhoseSeriesUidWasRenewedIsFoundByItsFrame() throws IOException {
        alter(list -> {
            AttributeList frame = RoiDicom.item(list, "ReferencedFrameOfReferenceSequence");
            AttributeList study = RoiDicom.item(frame, "RTReferencedStudySequence");
            RoiDicom.put(RoiDicom.item(study, "RTReferencedSeriesSequence"), "SeriesInstanceUID", "2.25.7777");
        });
        DicomIndex index = DicomScanner.scan(series);
        assertEquals(rtstruct.toAbsolutePath().normalize(),
                SeriesSelection.structureSetFor(index, index.allSeries().get(0)).orElseThrow().file());
    }

    @Test
    void roiNamesMatchExactlyFirstThenIgnoringCaseWithAWarning() throws IOException {
        ImageGeometry g = RtStructTestData.axisAligned();
        AttributeList list = RtStructTestData.structureSet();
        RtStructTestData.addRoi(list, 1, "GTV-1", RtStructTestData.FRAME_OF_REFERENCE,
                List.of(rectangle(g, 0, 0.5, 0.5, 1.5, 1.5)));
        Path one = RtStructTestData.save(list, dir.resolve("one.dcm"));
        assertEquals(List.of(), RtStructReader.rasteriseWithFindings(one, "GTV-1", g, null).findings());
        MaskRead loose = RtStructReader.rasteriseWithFindings(one, "gtv-1", g, null);
        assertEquals(1, loose.mask().count());
        Finding f = only(loose.findings(), "RTSTRUCT_ROI_NAME_CASE");
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("'gtv-1'") && f.message().contains("'GTV-1'"), f.message());

        RtStructTestData.addRoi(list, 2, "gtv-1", RtStructTestData.FRAME_OF_REFERENCE,
                List.of(rectangle(g, 0, 0.5, 0.5, 3.5, 1.5)));
        RtStructTestData.addRoi(list, 3, "Liver", RtStructTestData.FRAME_OF_REFERENCE, List.of());
        Path two = RtStructTestData.save(list, dir.resolve("two.dcm"));
        MaskRead exact = RtStructReader.rasteriseWithFindings(two, "gtv-1", g, null);
        assertEquals(3, exact.mask().count());
        assertEquals(List.of(), exact.findings());
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class,
                () -> RtStructReader.rasteriseWithFindings(two, "Gtv-1", g, null));
        assertEquals(ChoiceRequiredException.Subject.ROI, e.subject());
        assertEquals(List.of("GTV-1", "gtv-1"), e.choices().stream().map(ChoiceRequiredException.Choice::value)
                .toList());
        assertTrue(e.getMessage().contains("no ROI is named exactly 'Gtv-1', and 2 are when case is ignored"),
                e.getMessage());
    }
}
