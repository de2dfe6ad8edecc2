package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacerisk.dicom.CtWriteOptions.OutputSyntax;
import org.tacerisk.image.Volume;

/** Writes a synthetic volume in every supported transfer syntax and reads it back voxel for voxel. */
class CtSeriesWriterRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(OutputSyntax.class)
    void roundTripsExactly(OutputSyntax syntax) throws Exception {
        Volume written = DicomTestData.volume(23, 17, 6);
        SeriesReference ref = CtSeriesWriter.write(written, dir,
                CtWriteOptions.builder().transferSyntax(syntax).build());
        DicomIndex index = DicomScanner.scan(dir);
        assertEquals(1, index.allSeries().size(), index.findings().toString());
        SeriesEntry series = index.allSeries().get(0);
        assertEquals(syntax.uid(), series.transferSyntaxUid());
        assertTrue(series.loadable(), series.findings().toString());
        LoadedSeries loaded = SeriesLoader.load(series);
        assertTrue(loaded.volume().isShortBacked());
        DicomTestData.assertSameVoxelsSliceBySlice(written, loaded.volume());
        assertEquals(ref.sliceSopInstanceUids(), loaded.reference().sliceSopInstanceUids());
        assertEquals(ref.seriesInstanceUid(), loaded.reference().seriesInstanceUid());
        assertEquals("PHANTOM^SYNTHETIC", loaded.reference().patientStudy().patientName());
    }

    /**
     * The patient and study attributes written are those the scanner reads into each header and the loader hands on
     * in the series reference: one {@link PatientStudy} all the way, never printed.
     */
    @Test
    void patientAndStudyAttributesTravelAsOnePatientStudy() throws Exception {
        PatientStudy written = new PatientStudy("DOE^JANE", "PID-7", "19600102", "F", "2.25.4711", "20240305",
                "101500", "ST9", "ACC-3", "");
        SeriesReference ref = CtSeriesWriter.write(DicomTestData.volume(5, 4, 3), dir, CtWriteOptions.builder()
                .patient("DOE^JANE", "PID-7", "19600102", "F").study("2.25.4711", "20240305", "101500", "ST9", "ACC-3",
                        "Liver CT").build());
        assertEquals(written, ref.patientStudy());
        DicomIndex index = DicomScanner.scan(dir);
        assertEquals("PID-7", index.patients().get(0).patientId());
        LoadedSeries loaded = SeriesLoader.load(index.allSeries().get(0));
        // the writer's empty ReferringPhysicianName reads back as absent
        assertEquals(new PatientStudy("DOE^JANE", "PID-7", "19600102", "F", "2.25.4711", "20240305", "101500", "ST9",
                "ACC-3", null), loaded.reference().patientStudy());
        assertFalse(written.toString().contains("DOE") || loaded.reference().toString().contains("PID-7"));
    }

    @Test
    void unsignedPixelsWithAnInterceptRoundTrip() throws Exception {
        Volume written = DicomTestData.volume(8, 9, 3);
        CtSeriesWriter.write(written, dir, CtWriteOptions.builder().rescale(-1024, true, "HU").build());
        LoadedSeries loaded = SeriesLoader.load(DicomScanner.scan(dir).allSeries().get(0));
        DicomTestData.assertSameVoxelsSliceBySlice(written, loaded.volume());
        assertEquals(0, loaded.findings().size(), loaded.findings().toString());
    }

    @Test
    void valuesThatDoNotFitTheEncodingAreRefused() {
        Volume written = DicomTestData.volume(4, 4, 2);
        assertThrows(IllegalArgumentException.class, () -> CtSeriesWriter.write(written, dir,
                CtWriteOptions.builder().rescale(0, true, null).build()));
    }

    @Test
    void writesOneFilePerSliceWithThePattern() throws Exception {
        CtSeriesWriter.write(DicomTestData.volume(4, 4, 5), dir, CtWriteOptions.builder()
                .files("slice_%03d.dcm", CtWriteOptions.FileOrder.BY_POSITION, 0, CtWriteOptions.InstanceOrder.ASCENDING)
                .build());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(5, files.filter(p -> p.getFileName().toString().matches("slice_00[1-5]\\.dcm")).count());
        }
    }
}
