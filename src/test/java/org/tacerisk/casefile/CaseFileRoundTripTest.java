package org.tacerisk.casefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.casefile.CaseFileFixture.MODIFIED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tacerisk.common.SoftwareVersion;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.Mask;

/** Write → read must give back the same case: mask bit for bit, values, units and results exactly. */
class CaseFileRoundTripTest {

    @TempDir
    Path dir;
    Path dicom;
    SeriesReference series;

    @BeforeEach
    void writeSeries() throws IOException {
        dicom = dir.resolve("dicom");
        series = CaseFileFixture.writeSeries(dicom);
    }

    private LoadedSeries load(Path folder, SeriesLocation location) throws IOException {
        DicomIndex index = DicomScanner.scan(folder);
        SeriesEntry entry = SeriesLocator.find(index, location).orElseThrow();
        return SeriesLoader.load(entry);
    }

    @Test
    void roundTripGivesTheSameMaskValuesUnitsAndResults() throws IOException {
        CaseContents contents = CaseFileFixture.contents(series, dicom);
        Mask tumour = CaseFileFixture.tumour();
        Path file = dir.resolve("case" + CaseFile.EXTENSION);
        CaseFile.write(file, contents, tumour, series, MODIFIED, CaseFile.SEG);

        OpenedCase opened = CaseFile.open(file);
        assertEquals(contents, opened.contents(), "every stored value exactly (records compare doubles bitwise)");
        assertEquals(Double.doubleToLongBits(0.1 + 0.2),
                Double.doubleToLongBits(opened.contents().measurement().features().get("deep_prob")));
        assertTrue(opened.contents().measurement().features().get("original_glcm_Correlation").isNaN(),
                "an undefined feature stays undefined");
        assertEquals(List.of("1,250.50", "3", "3.9e1"),
                opened.contents().values().stream().map(EnteredValue::text).toList(), "text exactly as typed");
        assertEquals(List.of("ng/mL", "", "g/L"), opened.contents().values().stream().map(EnteredValue::unit).toList());
        assertEquals(1, opened.formatVersion());
        assertEquals(SoftwareVersion.current(), opened.softwareVersion());
        assertEquals(MODIFIED, opened.modified());
        assertEquals(CaseFileFixture.CREATED, opened.contents().created());

        LoadedSeries loaded = load(dicom, opened.contents().series());
        assertArrayEquals(tumour.toByteArray(), opened.mask(loaded.volume().geometry()).toByteArray());
    }

    @Test
    void aCaseWithoutResultsRoundTrips() throws IOException {
        CaseContents full = CaseFileFixture.contents(series, dicom);
        CaseContents drawnOnly = new CaseContents(full.created(), full.series(), List.of(), full.bundle(), null,
                null);
        Path file = dir.resolve("drawn.tacerisk");
        CaseFile.write(file, drawnOnly, CaseFileFixture.tumour(), series);
        OpenedCase opened = CaseFile.open(file);
        assertEquals(drawnOnly, opened.contents());
        assertNull(opened.contents().result());
    }

    static Stream<Mask> masks() {
        return Stream.of(
                Mask.empty(CaseFileFixture.GRID),
                CaseFileFixture.mask("#......"), // first voxel only
                CaseFileFixture.mask("", "", "", "......./......./......./......./......#"), // last voxel only
                CaseFileFixture.mask("#.#.#.#/.#.#.#./#.#.#.#/.#.#.#./#.#.#.#", "", // checkerboard, a gap,
                        "#######/#######/#######/#######/#######"), // a full slice
                Mask.of(CaseFileFixture.GRID, full()));
    }

    private static byte[] full() {
        byte[] v = new byte[CaseFileFixture.GRID.voxelCount()];
        java.util.Arrays.fill(v, (byte) 1);
        return v;
    }

    @ParameterizedTest
    @MethodSource("masks")
    void everyMaskSurvivesBitForBit(Mask mask) throws IOException {
        Path file = dir.resolve("mask.tacerisk");
        CaseFile.write(file, CaseFileFixture.contents(series, dicom), mask, series);
        Mask read = CaseFile.open(file).mask(CaseFileFixture.GRID);
        assertArrayEquals(mask.toByteArray(), read.toByteArray());
    }

    @Test
    void aMovedDicomFolderIsFoundByItsUids() throws IOException {
        Path file = dir.resolve("case.tacerisk");
        CaseFile.write(file, CaseFileFixture.contents(series, dicom), CaseFileFixture.tumour(), series);
        Path moved = dir.resolve("archive").resolve("moved");
        Files.createDirectories(moved.getParent());
        Files.move(dicom, moved);

        OpenedCase opened = CaseFile.open(file);
        assertFalse(Files.exists(opened.contents().series().dicomFolder()), "the saved folder is gone");
        LoadedSeries loaded = load(moved, opened.contents().series());
        assertEquals(series.seriesInstanceUid(), loaded.reference().seriesInstanceUid());
        assertArrayEquals(CaseFileFixture.tumour().toByteArray(),
                opened.mask(loaded.volume().geometry()).toByteArray());
    }

    @Test
    void aFolderWithoutTheSeriesFindsNothing() throws IOException {
        Path other = dir.resolve("other");
        CaseFileFixture.writeSeries(other); // same pixels, new UIDs
        SeriesLocation location = SeriesLocation.of(series, dicom);
        assertEquals(Optional.empty(), SeriesLocator.find(DicomScanner.scan(other), location));
        assertTrue(SeriesLocator.find(DicomScanner.scan(dicom), location).isPresent());
    }

    @Test
    void anotherBundleIsReportedAsAMismatchAndTheCaseStillLoads() throws IOException {
        Path file = dir.resolve("case.tacerisk");
        CaseFile.write(file, CaseFileFixture.contents(series, dicom), CaseFileFixture.tumour(), series);
        OpenedCase opened = CaseFile.open(file);
        BundleIdentity newer = new BundleIdentity("hcc-tace-demo", "1.1.0", "cd".repeat(32));
        BundleMismatch mismatch = opened.bundleMismatch(newer).orElseThrow();
        assertEquals(CaseFileFixture.BUNDLE, mismatch.saved());
        assertEquals(newer, mismatch.current());
        assertFalse(mismatch.sameNameAndVersion());
        assertTrue(opened.bundleMismatch(new BundleIdentity("hcc-tace-demo", "1.0.0", "cd".repeat(32)))
                .orElseThrow().sameNameAndVersion(), "same name and version, other manifest");
        assertEquals(Optional.empty(), opened.bundleMismatch(CaseFileFixture.BUNDLE));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileIntact() throws IOException {
        Path file = dir.resolve("case.tacerisk");
        CaseFile.write(file, CaseFileFixture.contents(series, dicom), CaseFileFixture.tumour(), series);
        byte[] before = Files.readAllBytes(file);

        CaseContents edited = new CaseContents(CaseFileFixture.CREATED, SeriesLocation.of(series, dicom), List.of(),
                CaseFileFixture.BUNDLE, null, null);
        IOException failure = assertThrows(IOException.class, () -> CaseFile.write(file, edited,
                Mask.empty(CaseFileFixture.GRID), series, MODIFIED, (mask, s, out) -> {
                    Files.writeString(out, "half a SEG");
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the previous case file is untouched");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("case.tacerisk", "dicom"), left.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file is left behind");
        }
        assertEquals(CaseFileFixture.contents(series, dicom), CaseFile.open(file).contents());
    }

    @Test
    void theMaskMustBeOnTheSeriesTheCaseNames() throws IOException {
        SeriesReference other = CaseFileFixture.writeSeries(dir.resolve("other"));
        assertThrows(IllegalArgumentException.class, () -> CaseFile.write(dir.resolve("x.tacerisk"),
                CaseFileFixture.contents(series, dicom), CaseFileFixture.tumour(), other));
        assertFalse(Files.exists(dir.resolve("x.tacerisk")));
    }
}
