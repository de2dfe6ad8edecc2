package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.BadInputException;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.dicom.SeriesSelection;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.roi.RoiAction;

/**
 * The outline as a document that is never lost, and the outline in and out of files: hand-made masks on a small
 * written series; every comparison is bit for bit against the mask the test made.
 */
class TumourOutlineTest {

    @TempDir
    static Path temp;
    static Path folder;
    static LoadedSeries series;

    @BeforeAll
    static void writeSeries() throws IOException {
        folder = temp.resolve("ct");
        ShellFixtures.series(folder, 3, "PV portal venous", 12, 32);
        series = SeriesLoader.load(SeriesSelection.choose(DicomScanner.scan(folder, Progress.NONE), null),
                Progress.NONE);
    }

    /** A box of voxels i0..i1 × j0..j1 × k0..k1 on the series' grid. */
    static Mask box(ImageGeometry g, int i0, int i1, int j0, int j1, int k0, int k1) {
        byte[] m = new byte[g.voxelCount()];
        for (int k = k0; k <= k1; k++) {
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    m[g.index(i, j, k)] = 1;
                }
            }
        }
        return Mask.of(g, m);
    }

    @Test
    void anEditReachesTheRecoveryFileAndComesBackOnTopOfTheInitialOutline() throws IOException {
        Path data = Files.createTempDirectory(temp, "data");
        ImageGeometry g = series.volume().geometry();
        Mask initial = box(g, 10, 14, 10, 14, 5, 6);
        Mask edited = box(g, 8, 20, 9, 15, 4, 7);
        try (TumourOutline outline = TumourOutline.open(series, folder, initial, data)) {
            assertTrue(outline.restored().isEmpty());
            outline.replaceWith(edited);
            outline.flush();
            assertTrue(Files.isRegularFile(outline.recoveryFile()));
        }
        List<TumourOutline.Pending> pending = TumourOutline.pending(data, null);
        assertEquals(1, pending.size());
        assertEquals(folder.toAbsolutePath().normalize(), pending.get(0).folder());
        assertEquals(series.reference().seriesInstanceUid(), pending.get(0).seriesInstanceUid());
        assertEquals(edited.count(), pending.get(0).header().voxelCount());

        try (TumourOutline again = TumourOutline.open(series, folder, initial, data)) {
            assertTrue(again.restored().isPresent());
            assertArrayEquals(edited.toByteArray(), again.toMask().toByteArray(), "the identical mask");
            assertTrue(again.session().undo(), "the restore is one undo step");
            assertArrayEquals(initial.toByteArray(), again.toMask().toByteArray());
            assertTrue(TumourOutline.pending(data, again).isEmpty(), "the open series' recovery is not offered");
        }
    }

    @Test
    void exportingSavesTheWorkSoNothingIsOfferedAndDiscardDeletes() throws IOException {
        Path data = Files.createTempDirectory(temp, "data");
        ImageGeometry g = series.volume().geometry();
        try (TumourOutline outline = TumourOutline.open(series, folder, null, data)) {
            outline.replaceWith(box(g, 3, 5, 3, 5, 2, 2));
            outline.flush();
            outline.saved();
            assertFalse(Files.exists(outline.recoveryFile()), "saved: no recovery left");
            outline.session().editor().perform(RoiAction.CLEAR, m -> {
                m.clearAll();
                return null;
            });
            outline.flush();
            assertTrue(Files.exists(outline.recoveryFile()), "a change after the save is recoverable again");
        }
        TumourOutline.discard(TumourOutline.pending(data, null).get(0));
        assertTrue(TumourOutline.pending(data, null).isEmpty());
    }

    @Test
    void aDamagedRecoveryIsRefusedNamingItAndMovedAsideSoTheSeriesStillOpens() throws IOException {
        Path data = Files.createTempDirectory(temp, "data");
        Path file;
        try (TumourOutline outline = TumourOutline.open(series, folder, null, data)) {
            outline.replaceWith(box(series.volume().geometry(), 1, 2, 1, 2, 1, 1));
            outline.flush();
            file = outline.recoveryFile();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x5a;
        Files.write(file, bytes);
        BadInputException e = assertThrows(BadInputException.class,
                () -> TumourOutline.open(series, folder, null, data));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        try (TumourOutline outline = TumourOutline.openWithoutRecovery(series, folder, null, data)) {
            assertTrue(outline.mask().isEmpty());
            assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".damaged")), "kept for a look");
        }
    }

    @Test
    void eachExportFormatReadsBackAsTheSameMask() throws IOException {
        Mask tumour = box(series.volume().geometry(), 9, 17, 11, 19, 3, 8);
        for (MaskFiles.Format f : MaskFiles.Format.values()) {
            Path out = temp.resolve(MaskFiles.suggestedName("PV portal venous", f));
            MaskFiles.write(tumour, f, series, out);
            Mask back = MaskFiles.read(out, null, series);
            assertArrayEquals(tumour.toByteArray(), back.toByteArray(), f.name());
        }
        assertEquals("pv-portal-venous-seg.dcm", MaskFiles.suggestedName("PV portal venous", MaskFiles.Format.SEG));
        assertEquals("tumour-mask.nii.gz", MaskFiles.suggestedName("*", MaskFiles.Format.NIFTI));
    }

    @Test
    void aMaskOnAnotherGridIsRefusedNamingBothGrids() throws IOException {
        ImageGeometry other = ImageGeometry.axisAligned(32, 32, 10, new double[] {0.7, 0.7, 2.5},
                new double[] {-22, -22, 0});
        Path nifti = temp.resolve("other-grid.nii.gz");
        Nifti.write(box(other, 1, 3, 1, 3, 1, 2), nifti);
        BadInputException e = assertThrows(BadInputException.class, () -> MaskFiles.read(nifti, null, series));
        String m = e.getMessage();
        assertTrue(m.contains("another grid") && m.contains("32 × 32 × 10 voxels of 0.70 × 0.70 × 2.50 mm") && m.contains("32 × 32 × 12 voxels"), m);
    }
}
