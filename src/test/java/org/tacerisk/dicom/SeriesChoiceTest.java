package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.ChoiceRequiredException.Choice;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.TwoSeriesFolder;

/**
 * Choosing the series of a folder by UID or number (issue 11, K), and {@code dicom convert} writing nothing unless
 * it can write everything (issue 11, J).
 */
class SeriesChoiceTest {

    @TempDir
    Path dir;

    private TwoSeriesFolder.Written folder;
    private Volume ct;

    @BeforeEach
    void writeTwoSeries() throws IOException {
        ct = DicomTestData.volume(8, 6, 4);
        folder = TwoSeriesFolder.write(ct, dir.resolve("study"));
    }

    private static List<String> values(ChoiceRequiredException e) {
        return e.choices().stream().map(Choice::value).toList();
    }

    @Test
    void severalSeriesNeedAChoiceThatCarriesTheCandidates() throws IOException {
        DicomIndex index = DicomScanner.scan(folder.folder());
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class,
                () -> SeriesSelection.choose(index, null));
        assertEquals(ChoiceRequiredException.Subject.SERIES, e.subject());
        assertEquals(List.of("2", "3"), values(e));
        assertEquals("series 2 \"ART\": CT, 4 images, UID " + folder.arterial().seriesInstanceUid(),
                e.choices().get(0).description());
        assertTrue(e.getMessage().contains("this folder holds 2 CT series"), e.getMessage());
        assertFalse(e.getMessage().contains("--series"), "core messages name no CLI option: " + e.getMessage());
        assertThrows(ChoiceRequiredException.class, () -> CaseInputs.readImage(folder.folder()));
    }

    @Test
    void aSeriesIsChosenByNumberOrByUid() throws IOException {
        DicomIndex index = DicomScanner.scan(folder.folder());
        assertEquals(folder.venous().seriesInstanceUid(), SeriesSelection.choose(index, "3").seriesInstanceUid());
        assertEquals(folder.venous().seriesInstanceUid(),
                SeriesSelection.choose(index, folder.venous().seriesInstanceUid()).seriesInstanceUid());
        assertEquals(folder.arterial().seriesInstanceUid(),
                CaseInputs.readImage(folder.folder(), " 2 ").series().seriesInstanceUid());
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class,
                () -> SeriesSelection.choose(index, "4"));
        assertEquals("4", e.requested());
        assertTrue(e.getMessage().contains("no series with the UID or number 4"), e.getMessage());
        assertEquals(List.of("2", "3"), values(e));
    }

    @Test
    void aNumberThatSeveralSeriesShareNeedsTheUid() throws IOException {
        SeriesReference again = CtSeriesWriter.write(ct, folder.folder().resolve("pv2"),
                CtWriteOptions.builder().series(null, 3, "PV thin", "2.25.2718281").build());
        DicomIndex index = DicomScanner.scan(folder.folder());
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class,
                () -> SeriesSelection.choose(index, "3"));
        assertTrue(e.getMessage().contains("2 series have the number 3; choose one by its UID"), e.getMessage());
        assertEquals(List.of(folder.venous().seriesInstanceUid(), again.seriesInstanceUid()).stream().sorted()
                .toList(), values(e).stream().sorted().toList());
    }

    @Test
    void aSeriesChoiceForANiftiImageIsRefused() throws IOException {
        Path nifti = dir.resolve("ct.nii.gz");
        Nifti.write(ct, nifti);
        BadInputException e = assertThrows(BadInputException.class, () -> CaseInputs.readImage(nifti, "2"));
        assertTrue(e.getMessage().contains("NIfTI"), e.getMessage());
    }

    @Test
    void convertWithAMaskButNoStructureSetWritesNothing() throws IOException {
        Path image = dir.resolve("out/ct.nii.gz");
        Path mask = dir.resolve("out/gtv.nii.gz");
        BadInputException e = assertThrows(BadInputException.class, () -> DicomConversion.convert(
                new DicomConversion.Request(folder.folder(), "2", image, null, null, mask)));
        assertTrue(e.getMessage().contains("no structure set (RTSTRUCT) in this folder is drawn on the chosen series")
                && e.getMessage().contains("nothing was written"), e.getMessage());
        assertFalse(Files.exists(image), "no image may be left behind");
        assertFalse(Files.exists(mask));
    }

    @Test
    void convertChecksTheRoiAndTheOutputNamesBeforeWriting() throws IOException {
        Mask box = Mask.of(ct.geometry(), boxVoxels(ct));
        RtStructWriter.write(box, folder.arterial(), "GTV", folder.folder().resolve("rs-art.dcm"));
        Path image = dir.resolve("out/ct.nii.gz");
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class, () -> DicomConversion.convert(
                new DicomConversion.Request(folder.folder(), "2", image, null, "Liver", dir.resolve("out/m.nii.gz"))));
        assertEquals(List.of("GTV"), values(e));
        assertFalse(Files.exists(image));
        assertThrows(BadInputException.class, () -> DicomConversion.convert(new DicomConversion.Request(
                folder.folder(), "2", image, null, null, dir.resolve("out/m.nrrd"))));
        assertFalse(Files.exists(image));
        // The structure set names the arterial series: the venous one (same frame of reference) has none.
        assertThrows(BadInputException.class, () -> DicomConversion.convert(new DicomConversion.Request(
                folder.folder(), "3", image, null, null, dir.resolve("out/m.nii.gz"))));
        assertFalse(Files.exists(image));
        DicomConversion.Result ok = DicomConversion.convert(new DicomConversion.Request(folder.folder(), "2", image,
                null, null, dir.resolve("out/m.nii.gz")));
        assertEquals(box.count(), ok.mask().count());
        assertTrue(Files.exists(image) && Files.exists(dir.resolve("out/m.nii.gz")));
    }

    @Test
    void twoStructureSetsOnTheSeriesAreAChoice() throws IOException {
        Mask box = Mask.of(ct.geometry(), boxVoxels(ct));
        RtStructWriter.write(box, folder.arterial(), "GTV", folder.folder().resolve("rs-a.dcm"));
        RtStructWriter.write(box, folder.arterial(), "GTV", folder.folder().resolve("rs-b.dcm"));
        Path image = dir.resolve("out/ct.nii.gz");
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class, () -> DicomConversion.convert(
                new DicomConversion.Request(folder.folder(), "2", image, null, null, dir.resolve("out/m.nii.gz"))));
        assertEquals(ChoiceRequiredException.Subject.STRUCTURE_SET, e.subject());
        assertEquals(2, e.choices().size());
        assertFalse(Files.exists(image));
    }

    private static byte[] boxVoxels(Volume ct) {
        byte[] v = new byte[ct.geometry().voxelCount()];
        for (int k = 1; k < 3; k++) {
            for (int j = 1; j < 4; j++) {
                for (int i = 2; i < 5; i++) {
                    v[ct.geometry().index(i, j, k)] = 1;
                }
            }
        }
        return v;
    }
}
