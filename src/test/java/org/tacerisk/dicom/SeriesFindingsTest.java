package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Severity;
import org.tacerisk.dicom.CtWriteOptions.FileOrder;
import org.tacerisk.dicom.CtWriteOptions.InstanceOrder;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** Each series-level finding, on a synthetic series written and then damaged the way real exports are. */
class SeriesFindingsTest {

    @TempDir
    Path dir;

    private SeriesReference write(Volume v, CtWriteOptions.Builder b) throws Exception {
        return CtSeriesWriter.write(v, dir, b.build());
    }

    private CtWriteOptions.Builder named(String pattern) {
        return CtWriteOptions.builder().files(pattern, FileOrder.BY_POSITION, 0, InstanceOrder.ASCENDING);
    }

    private static SeriesEntry only(DicomIndex index) {
        assertEquals(1, index.allSeries().size(), index.toString());
        return index.allSeries().get(0);
    }

    private static Finding finding(SeriesEntry s, String code) {
        return s.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + s.findings()));
    }

    private static BadInputException loadFails(SeriesEntry s, String code) {
        BadInputException e = assertThrows(BadInputException.class, () -> SeriesLoader.load(s));
        assertTrue(e.findings().stream().anyMatch(f -> f.code().equals(code) && f.isError()), e.findings().toString());
        return e;
    }

    @Test
    void aMissingSliceIsAnErrorThatSaysHowManyAndWhere() throws Exception {
        write(DicomTestData.volume(6, 5, 10), named("CT%02d.dcm"));
        Files.delete(dir.resolve("CT05.dcm")); // k = 4, z = 30 + 4 × 2.5 = 40 mm
        SeriesEntry s = only(DicomScanner.scan(dir));
        Finding f = finding(s, DicomFindings.MISSING_SLICES);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("About 1 slice(s)"), f.message());
        assertTrue(f.message().contains("between 37.50 mm and 42.50 mm"), f.message());
        assertFalse(s.loadable());
        loadFails(s, DicomFindings.MISSING_SLICES);
    }

    @Test
    void anIdenticalDuplicateIsAWarningAndOneCopyIsKept() throws Exception {
        Volume v = DicomTestData.volume(6, 5, 5);
        write(v, named("CT%02d.dcm"));
        Files.copy(dir.resolve("CT03.dcm"), dir.resolve("copy_of_CT03.dcm"));
        SeriesEntry s = only(DicomScanner.scan(dir));
        assertEquals(6, s.instanceCount());
        assertEquals(Severity.WARNING, finding(s, DicomFindings.DUPLICATE_POSITION).severity());
        LoadedSeries loaded = SeriesLoader.load(s);
        DicomTestData.assertSameVoxelsSliceBySlice(v, loaded.volume());
    }

    @Test
    void aSecondCopyWithTheSamePixelsButAnotherUidIsStillIdentical() throws Exception {
        write(DicomTestData.volume(6, 5, 5), named("CT%02d.dcm"));
        Path copy = Files.copy(dir.resolve("CT02.dcm"), dir.resolve("resent.dcm"));
        DicomTestData.edit(copy, l -> DicomTestData.replace(l, TagFromName.SOPInstanceUID, DicomUids.newUid()));
        assertEquals(Severity.WARNING, finding(only(DicomScanner.scan(dir)), DicomFindings.DUPLICATE_POSITION)
                .severity());
    }

    @Test
    void twoDifferentImagesAtOnePositionAreAnError() throws Exception {
        write(DicomTestData.volume(6, 5, 5), named("CT%02d.dcm"));
        Path other = Files.copy(dir.resolve("CT02.dcm"), dir.resolve("other.dcm"));
        DicomTestData.edit(other, l -> {
            DicomTestData.replace(l, TagFromName.SOPInstanceUID, DicomUids.newUid());
            OtherWordAttribute pixels = new OtherWordAttribute(TagFromName.PixelData);
            pixels.setValues(new short[30]);
            l.put(pixels);
        });
        SeriesEntry s = only(DicomScanner.scan(dir));
        assertEquals(Severity.ERROR, finding(s, DicomFindings.DUPLICATE_POSITION).severity());
        loadFails(s, DicomFindings.DUPLICATE_POSITION);
    }

    @Test
    void aLocalizerInTheSeriesIsLeftOutWithAWarning() throws Exception {
        Volume axial = DicomTestData.volume(6, 5, 8);
        SeriesReference ref = write(axial, named("AX%02d.dcm"));
        ImageGeometry coronal = new ImageGeometry(6, 5, 1, new double[] {1, 1, 1}, new double[] {-100, 0, 50},
                new double[] {1, 0, 0, 0, 0, 1, 0, -1, 0});
        PatientStudy study = ref.patientStudy();
        write(DicomTestData.fill(coronal), named("SCOUT%d.dcm").series(ref.seriesInstanceUid(), 1, "Synthetic CT",
                ref.frameOfReferenceUid()).study(study.studyInstanceUid(), study.studyDate(), study.studyTime(), "1",
                        "", "Synthetic CT").image(List.of("ORIGINAL", "PRIMARY", "LOCALIZER"), null, null));
        SeriesEntry s = only(DicomScanner.scan(dir));
        assertEquals(9, s.instanceCount());
        assertEquals(Severity.WARNING, finding(s, DicomFindings.LOCALIZER).severity());
        LoadedSeries loaded = SeriesLoader.load(s);
        DicomTestData.assertSameVoxelsSliceBySlice(axial, loaded.volume());
        assertEquals(DicomFindings.LOCALIZER, loaded.findings().get(0).code());
    }

    @Test
    void anOddImageInAnotherOrientationIsTreatedAsALocalizerEvenWithoutTheImageType() throws Exception {
        SeriesReference ref = write(DicomTestData.volume(6, 5, 8), named("AX%02d.dcm"));
        ImageGeometry sagittal = new ImageGeometry(6, 5, 1, new double[] {1, 1, 1}, new double[] {0, -100, 50},
                new double[] {0, 0, 1, 1, 0, 0, 0, -1, 0});
        write(DicomTestData.fill(sagittal), named("S%d.dcm").series(ref.seriesInstanceUid(), 1, "x",
                ref.frameOfReferenceUid()).study(ref.patientStudy().studyInstanceUid(), null, null, "1", "", ""));
        SeriesEntry s = only(DicomScanner.scan(dir));
        assertEquals(Severity.WARNING, finding(s, DicomFindings.LOCALIZER).severity());
        assertTrue(s.loadable(), s.findings().toString());
    }

    @Test
    void twoEqualStacksInDifferentOrientationsAreMixedOrientation() throws Exception {
        SeriesReference ref = write(DicomTestData.volume(6, 6, 4), named("AX%02d.dcm"));
        ImageGeometry coronal = new ImageGeometry(6, 6, 4, new double[] {1, 1, 1}, new double[] {-100, 0, 50},
                new double[] {1, 0, 0, 0, 0, 1, 0, -1, 0});
        write(DicomTestData.fill(coronal), named("COR%02d.dcm").series(ref.seriesInstanceUid(), 1, "x",
                ref.frameOfReferenceUid()).study(ref.patientStudy().studyInstanceUid(), null, null, "1", "", ""));
        loadFails(only(DicomScanner.scan(dir)), DicomFindings.MIXED_ORIENTATION);
    }

    @Test
    void aTiltedGantryIsAWarningAndTheShearedGeometryIsKept() throws Exception {
        double t = Math.toRadians(15);
        ImageGeometry tilted = new ImageGeometry(7, 6, 5, new double[] {0.8, 0.8, 3.0}, new double[] {-50, -20, 10},
                new double[] {1, 0, 0, 0, 1, Math.sin(t), 0, 0, Math.cos(t)});
        Volume written = DicomTestData.fill(tilted);
        write(written, named("T%02d.dcm"));
        SeriesEntry s = only(DicomScanner.scan(dir));
        Finding f = finding(s, DicomFindings.GANTRY_TILT);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("15.0°"), f.message());
        LoadedSeries loaded = SeriesLoader.load(s);
        DicomTestData.assertSameVoxelsSliceBySlice(written, loaded.volume());
        assertArrayEquals(tilted.indexToPhysical(3, 2, 4), loaded.volume().geometry().indexToPhysical(3, 2, 4), 1e-6);
    }

    @Test
    void slightlyIrregularSpacingIsAWarningAndLoads() throws Exception {
        write(DicomTestData.volume(5, 5, 8), named("CT%02d.dcm"));
        // Move slice k = 3 (z = 37.5) up by 0.1 mm: spacings 2.6 and 2.4 around 2.5 (4 %).
        DicomTestData.edit(dir.resolve("CT04.dcm"), l -> DicomTestData.replace(l, TagFromName.ImagePositionPatient,
                "-100.25", "-80.5", "37.6"));
        SeriesEntry s = only(DicomScanner.scan(dir));
        Finding f = finding(s, DicomFindings.NON_UNIFORM_SPACING);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(2.5, SeriesLoader.load(s).volume().geometry().spacing(2), 1e-9);
    }

    @Test
    void stronglyIrregularSpacingIsAnError() throws Exception {
        write(DicomTestData.volume(5, 5, 8), named("CT%02d.dcm"));
        DicomTestData.edit(dir.resolve("CT04.dcm"), l -> DicomTestData.replace(l, TagFromName.ImagePositionPatient,
                "-100.25", "-80.5", "38.5"));
        loadFails(only(DicomScanner.scan(dir)), DicomFindings.NON_UNIFORM_SPACING);
    }

    @Test
    void slicesOfDifferentSizeAreAMixedMatrix() throws Exception {
        SeriesReference ref = write(DicomTestData.volume(6, 6, 4), named("A%02d.dcm"));
        ImageGeometry bigger = new ImageGeometry(8, 8, 3, new double[] {0.8, 0.7, 2.5},
                new double[] {-100.25, -80.5, 40.0}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        write(DicomTestData.fill(bigger), named("B%02d.dcm").series(ref.seriesInstanceUid(), 1, "x",
                ref.frameOfReferenceUid()).study(ref.patientStudy().studyInstanceUid(), null, null, "1", "", ""));
        SeriesEntry s = only(DicomScanner.scan(dir));
        assertTrue(finding(s, DicomFindings.MIXED_MATRIX).message().contains("8 × 8"));
        loadFails(s, DicomFindings.MIXED_MATRIX);
    }

    @Test
    void aSingleSliceIsAnError() throws Exception {
        write(DicomTestData.volume(5, 5, 1), named("ONE%d.dcm"));
        loadFails(only(DicomScanner.scan(dir)), DicomFindings.SINGLE_SLICE);
    }

    @Test
    void anotherModalityIsAWarning() throws Exception {
        write(DicomTestData.volume(5, 5, 3), named("CT%02d.dcm"));
        for (int n = 1; n <= 3; n++) {
            DicomTestData.edit(dir.resolve(String.format("CT%02d.dcm", n)),
                    l -> DicomTestData.replace(l, TagFromName.Modality, "MR"));
        }
        SeriesEntry s = only(DicomScanner.scan(dir));
        assertEquals(Severity.WARNING, finding(s, DicomFindings.NOT_CT).severity());
        assertTrue(s.loadable());
    }

    @Test
    void missingPositionIsAMissingGeometryError() throws Exception {
        write(DicomTestData.volume(5, 5, 3), named("CT%02d.dcm"));
        DicomTestData.edit(dir.resolve("CT02.dcm"), l -> l.remove(TagFromName.ImagePositionPatient));
        loadFails(only(DicomScanner.scan(dir)), DicomFindings.MISSING_GEOMETRY);
    }

    @Test
    void nonPerpendicularRowAndColumnDirectionsAreAnError() throws Exception {
        write(DicomTestData.volume(5, 5, 3), named("CT%02d.dcm"));
        for (int n = 1; n <= 3; n++) {
            DicomTestData.edit(dir.resolve(String.format("CT%02d.dcm", n)), l -> DicomTestData.replace(l,
                    TagFromName.ImageOrientationPatient, "1", "0", "0", "0.2", "0.98", "0"));
        }
        loadFails(only(DicomScanner.scan(dir)), DicomFindings.NON_ORTHOGONAL);
    }

    @Test
    void aRescaleTypeOtherThanHuIsAWarning() throws Exception {
        write(DicomTestData.volume(5, 5, 3), named("CT%02d.dcm").rescale(-1024, false, "US"));
        SeriesEntry s = only(DicomScanner.scan(dir));
        assertEquals(Severity.WARNING, finding(s, DicomFindings.RESCALE_TYPE).severity());
        assertTrue(s.loadable());
    }

    @Test
    void aFractionalSlopeGivesAFloatVolume() throws Exception {
        write(DicomTestData.volume(5, 5, 3), named("CT%02d.dcm"));
        for (int n = 1; n <= 3; n++) {
            DicomTestData.edit(dir.resolve(String.format("CT%02d.dcm", n)),
                    l -> DicomTestData.replace(l, TagFromName.RescaleSlope, "0.5"));
        }
        Volume v = SeriesLoader.load(only(DicomScanner.scan(dir))).volume();
        assertFalse(v.isShortBacked());
        Volume expected = DicomTestData.volume(5, 5, 3);
        assertEquals((expected.get(7) + 1024) * 0.5f - 1024, v.get(7), 1e-4);
    }
}
