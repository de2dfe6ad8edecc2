package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.DicomDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.dicom.CtWriteOptions.FileOrder;
import org.tacerisk.dicom.CtWriteOptions.InstanceOrder;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** The volume is ordered by position along the slice normal, whatever the file names and InstanceNumbers say. */
class SeriesOrderingTest {

    @TempDir
    Path dir;

    @Test
    void shuffledFileNamesAndReversedInstanceNumbersStillGiveThePositionOrder() throws Exception {
        Volume written = DicomTestData.volume(12, 10, 9);
        SeriesReference ref = CtSeriesWriter.write(written, dir, CtWriteOptions.builder()
                .files("IM_%d", FileOrder.SHUFFLED, 42, InstanceOrder.DESCENDING).build());
        LoadedSeries loaded = SeriesLoader.load(DicomScanner.scan(dir).allSeries().get(0));
        DicomTestData.assertSameVoxelsSliceBySlice(written, loaded.volume());
        assertEquals(ref.sliceSopInstanceUids(), loaded.reference().sliceSopInstanceUids());
        assertEquals(List.of(), loaded.findings());
    }

    @Test
    void fileNamesRunningAgainstThePositionsDoNotMatter() throws Exception {
        Volume written = DicomTestData.volume(6, 5, 7);
        CtSeriesWriter.write(written, dir, CtWriteOptions.builder()
                .files("CT%03d.dcm", FileOrder.REVERSED, 0, InstanceOrder.ASCENDING).build());
        DicomTestData.assertSameVoxelsSliceBySlice(written,
                SeriesLoader.load(DicomScanner.scan(dir).allSeries().get(0)).volume());
    }

    @Test
    void aStackRunningFeetToHeadWithAFlippedNormalKeepsPositionsIncreasingWithK() throws Exception {
        // Row cosine (-1,0,0), column cosine (0,1,0): the normal points to feet (-z).
        ImageGeometry g = new ImageGeometry(5, 4, 6, new double[] {1, 1, 2}, new double[] {10, 0, 50},
                new double[] {-1, 0, 0, 0, 1, 0, 0, 0, -1});
        Volume written = DicomTestData.fill(g);
        CtSeriesWriter.write(written, dir, CtWriteOptions.builder().build());
        Volume loaded = SeriesLoader.load(DicomScanner.scan(dir).allSeries().get(0)).volume();
        DicomTestData.assertSameVoxelsSliceBySlice(written, loaded);
    }

    @Test
    void twoSeriesInOneFolderAreTwoEntriesOfOneStudy() throws Exception {
        CtWriteOptions first = CtWriteOptions.builder().study("1.2.3.4", "20240102", "101010", "7", "ACC1", "Liver")
                .series(null, 2, "Liver portal venous 1.25mm", null).files("A%03d.dcm", FileOrder.BY_POSITION, 0,
                        InstanceOrder.ASCENDING).build();
        CtSeriesWriter.write(DicomTestData.volume(6, 6, 4), dir, first);
        CtSeriesWriter.write(DicomTestData.volume(8, 8, 3), dir, first.toBuilder()
                .series(null, 1, "Arterial phase", null).image(null, "Iomeprol", 5.0)
                .files("B%03d.dcm", FileOrder.BY_POSITION, 0, InstanceOrder.ASCENDING).build());
        DicomIndex index = DicomScanner.scan(dir);
        assertEquals(1, index.patients().size());
        assertEquals(1, index.patients().get(0).studies().size());
        StudyEntry study = index.patients().get(0).studies().get(0);
        assertEquals("1.2.3.4", study.studyInstanceUid());
        assertEquals("20240102", study.studyDate());
        List<SeriesEntry> series = study.series();
        assertEquals(2, series.size());
        assertEquals(1, series.get(0).seriesNumber()); // sorted by SeriesNumber
        assertEquals(3, series.get(0).instanceCount());
        assertEquals(PhaseHints.ARTERIAL, series.get(0).phaseHint());
        assertEquals("Iomeprol", series.get(0).contrastBolusAgent());
        assertEquals(5.0, series.get(0).sliceThicknessMm());
        assertEquals(4, series.get(1).instanceCount());
        assertEquals(PhaseHints.PORTAL_VENOUS, series.get(1).phaseHint());
        assertEquals(8, SeriesLoader.load(series.get(0)).volume().geometry().nx());
        assertEquals(6, SeriesLoader.load(series.get(1)).volume().geometry().nx());
    }

    @Test
    void enhancedMultiFrameCtWithFramesStoredTopDownLoadsInPositionOrder() throws Exception {
        Volume written = DicomTestData.volume(9, 7, 8);
        SeriesReference ref = EnhancedCtWriter.write(written, dir.resolve("enhanced.dcm"), CtWriteOptions.builder()
                .files("x", FileOrder.BY_POSITION, 0, InstanceOrder.DESCENDING).build());
        SeriesEntry series = DicomScanner.scan(dir).allSeries().get(0);
        assertTrue(series.isEnhanced());
        assertEquals(1, series.instanceCount());
        assertEquals(8, series.frameCount());
        LoadedSeries loaded = SeriesLoader.load(series);
        DicomTestData.assertSameVoxelsSliceBySlice(written, loaded.volume());
        assertEquals(List.of(8, 7, 6, 5, 4, 3, 2, 1), loaded.reference().frameNumbers());
        assertEquals(ref.frameNumbers(), loaded.reference().frameNumbers());
        assertEquals(ref.sliceSopInstanceUids(), loaded.reference().sliceSopInstanceUids());
    }

    @Test
    void dicomDirReferencesAreFollowed() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media/DICOM/ST1"));
        CtSeriesWriter.write(DicomTestData.volume(5, 5, 4), media, CtWriteOptions.builder()
                .files("IM%d", FileOrder.BY_POSITION, 0, InstanceOrder.ASCENDING).build());
        String[] names = IntStream.rangeClosed(1, 4).mapToObj(n -> "DICOM/ST1/IM" + n).toArray(String[]::new);
        new DicomDirectory(dir.resolve("media").toFile(), names).write(dir.resolve("media/DICOMDIR").toString());
        DicomIndex index = DicomScanner.scan(dir.resolve("media"));
        assertEquals(1, index.allSeries().size(), index.findings().toString());
        assertEquals(4, index.allSeries().get(0).instanceCount());
        assertEquals(List.of(), index.findings());
        // A DICOMDIR naming a file that is gone is reported, the rest still loads.
        Files.delete(media.resolve("IM4"));
        DicomIndex partial = DicomScanner.scan(dir.resolve("media"));
        assertEquals(DicomFindings.DICOMDIR_MISSING_FILE, partial.findings().get(0).code());
        assertEquals(3, partial.allSeries().get(0).instanceCount());
        try (Stream<Path> s = Files.list(media)) {
            assertEquals(3, s.count());
        }
    }
}
