package org.tacerisk.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.testsupport.ShellAroundTumour;

/**
 * NIfTI label images (issue 11, A): a shell (label 1) around a tumour (label 2) was merged into one 780 mL region
 * instead of the 365 mL tumour ({@link ShellAroundTumour}: volumes hand-computed from 10 mm³ voxels).
 */
class NiftiLabelsTest {

    @TempDir
    Path dir;

    private static ImageGeometry grid() {
        return ShellAroundTumour.grid();
    }

    private static Path writeShellAroundTumour(Path folder, String name) throws IOException {
        return ShellAroundTumour.writeLabels(folder, name);
    }

    private static void fill(ImageGeometry g, short[] v, int i0, int i1, int j0, int j1, int k0, int k1,
            short label) {
        ShellAroundTumour.fill(g, v, new int[] {i0, i1, j0, j1, k0, k1}, label);
    }

    private static double millilitres(Mask m) {
        return m.count() * m.geometry().voxelVolumeMm3() / 1000.0;
    }

    @Test
    void shellAroundTumourNeedsAChoiceThatListsEveryLabelWithItsVoxels() throws IOException {
        Path file = writeShellAroundTumour(dir, "case.nii.gz");
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class, () -> Nifti.readMask(file));
        assertEquals(ChoiceRequiredException.Subject.LABEL, e.subject());
        assertTrue(e.getMessage().contains("holds 2 labels") && e.getMessage().contains("label 1: 41,500 voxels")
                && e.getMessage().contains("label 2: 36,500 voxels"), e.getMessage());
        assertEquals(List.of("1", "2"), e.choices().stream().map(ChoiceRequiredException.Choice::value).toList());
        assertTrue(!e.getMessage().contains("--roi"), "core messages name no CLI option: " + e.getMessage());
    }

    @Test
    void theChosenLabelIsTheTumourAloneNotTheMergedRegion() throws IOException {
        Path file = writeShellAroundTumour(dir, "case.nii.gz");
        Mask tumour = NiftiLabels.read(file, "2");
        assertEquals(36_500, tumour.count());
        assertEquals(365.0, millilitres(tumour), 1e-9);
        assertTrue(tumour.contains(5, 4, 7) && tumour.contains(54, 76, 16) && !tumour.contains(4, 3, 2));
        Mask shell = NiftiLabels.read(file, "1");
        assertEquals(41_500, shell.count());
        assertEquals(780.0, millilitres(tumour) + millilitres(shell), 1e-9);
        NiftiLabels.Listing listing = NiftiLabels.list(file);
        assertEquals(List.of(new NiftiLabels.Label(1, 41_500, ""), new NiftiLabels.Label(2, 36_500, "")),
                listing.labels());
        assertNull(listing.namesFile());
        assertEquals(grid(), listing.geometry());
    }

    @Test
    void anAbsentLabelIsRefusedListingThePresentOnes() throws IOException {
        Path file = writeShellAroundTumour(dir, "case.nii.gz");
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class, () -> NiftiLabels.read(file, "3"));
        assertEquals("3", e.requested());
        assertTrue(e.getMessage().contains("no voxel with label 3") && e.getMessage().contains("label 2: 36,500"),
                e.getMessage());
        ChoiceRequiredException byName = assertThrows(ChoiceRequiredException.class,
                () -> NiftiLabels.read(file, "tumour"));
        assertTrue(byName.getMessage().contains("has no label names") && byName.getMessage().contains("case.label.txt"),
                byName.getMessage());
    }

    /** Every side-file name of the documented rule, in both formats; names match exactly, then ignoring case. */
    @ParameterizedTest
    @ValueSource(strings = {"case.label.txt", "case.txt", "case.ctbl", "case_ColorTable.ctbl"})
    void labelsAreChosenByTheNameTheirTableGives(String sideFile) throws IOException {
        Path file = writeShellAroundTumour(dir, "case.nii.gz");
        Files.writeString(dir.resolve(sideFile), sideFile.endsWith(".ctbl")
                ? "# Color table file case_ColorTable.ctbl\n# 3 values\n0 Background 0 0 0 0\n"
                        + "1 liver_shell 128 174 128 255\n2 Tumour 241 214 145 255\n"
                : "################################################\n# ITK-SnAP Label Description File\n"
                        + "# IDX   -R-  -G-  -B-  -A--  VIS MSH  LABEL\n################################################\n"
                        + "    0     0    0    0        0  0  0    \"Clear Label\"\n"
                        + "    1   255    0    0        1  1  1    \"liver shell\"\n"
                        + "    2     0  255    0      0.5  1  1    \"Tumour\"\n");
        assertEquals(36_500, NiftiLabels.read(file, "Tumour").count());
        assertEquals(36_500, NiftiLabels.read(file, "tumour").count());
        assertEquals(36_500, NiftiLabels.read(file, "2").count());
        NiftiLabels.Listing listing = NiftiLabels.list(file);
        assertEquals(dir.resolve(sideFile), listing.namesFile());
        assertEquals("label 2 \"Tumour\": 36,500 voxels", listing.labels().get(1).describe());
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class, () -> Nifti.readMask(file));
        assertTrue(e.getMessage().contains("label 2 \"Tumour\": 36,500 voxels"), e.getMessage());
        ChoiceRequiredException unknown = assertThrows(ChoiceRequiredException.class,
                () -> NiftiLabels.read(file, "GTV"));
        assertTrue(unknown.getMessage().contains("no label named 'GTV' in " + sideFile), unknown.getMessage());
    }

    @Test
    void aNamedLabelThatNoVoxelCarriesIsRefused() throws IOException {
        Path file = writeShellAroundTumour(dir, "case.nii.gz");
        Files.writeString(dir.resolve("case.ctbl"), "1 shell 1 1 1 255\n2 tumour 2 2 2 255\n3 vessel 3 3 3 255\n");
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class,
                () -> NiftiLabels.read(file, "vessel"));
        assertTrue(e.getMessage().contains("no voxel with label 3"), e.getMessage());
    }

    @Test
    void aLabelTableInNeitherFormatIsRefusedNamingTheLine() throws IOException {
        Path file = writeShellAroundTumour(dir, "case.nii.gz");
        Files.writeString(dir.resolve("case.txt"), "# notes\nthe tumour is label 2\n");
        BadInputException e = assertThrows(BadInputException.class, () -> NiftiLabels.read(file, "tumour"));
        assertTrue(e.getMessage().contains("case.txt") && e.getMessage().contains("line 2"), e.getMessage());
        Files.writeString(dir.resolve("case.txt"), "1 a 0 0 0 255\n1 b 0 0 0 255\n");
        e = assertThrows(BadInputException.class, () -> NiftiLabels.read(file, "a"));
        assertTrue(e.getMessage().contains("label 1 is named on line 1 and again on line 2"), e.getMessage());
    }

    @Test
    void aMaskWithOneLabelNeedsNoChoice() throws IOException {
        ImageGeometry g = grid();
        short[] v = new short[g.voxelCount()];
        fill(g, v, 0, 3, 0, 2, 0, 1, (short) 2);
        Path file = dir.resolve("one.nii");
        Nifti.write(Volume.ofShorts(g, v, "label"), file);
        assertEquals(6, Nifti.readMask(file).count());
        assertEquals(6, NiftiLabels.read(file, "2").count());
        // Without a label table a name cannot be checked; with one label there is nothing else it could mean.
        assertEquals(6, NiftiLabels.read(file, "GTV").count());
        assertThrows(ChoiceRequiredException.class, () -> NiftiLabels.read(file, "1"));
        Path empty = dir.resolve("empty.nii");
        Nifti.write(Mask.empty(g), empty);
        assertTrue(Nifti.readMask(empty).isEmpty());
        ChoiceRequiredException e = assertThrows(ChoiceRequiredException.class, () -> NiftiLabels.read(empty, "1"));
        assertTrue(e.getMessage().contains("the mask is empty"), e.getMessage());
    }

    @Test
    void labelsAbove255AreReadToo() throws IOException {
        ImageGeometry g = grid();
        short[] v = new short[g.voxelCount()];
        fill(g, v, 0, 4, 0, 1, 0, 1, (short) 300);
        fill(g, v, 0, 2, 5, 6, 3, 4, (short) 2);
        Path file = dir.resolve("wide.nii.gz");
        Nifti.write(Volume.ofShorts(g, v, "label"), file);
        assertEquals(4, NiftiLabels.read(file, "300").count());
        assertEquals(2, NiftiLabels.read(file, "2").count());
        fill(g, v, 0, 2, 5, 6, 3, 4, (short) 0);
        Nifti.write(Volume.ofShorts(g, v, "label"), file);
        assertEquals(4, Nifti.readMask(file).count());
    }

    @Test
    void valuesThatAreNotLabelsAreRefusedWithCountsAndAnExample() throws IOException {
        ImageGeometry g = ImageGeometry.axisAligned(4, 3, 2, new double[] {1, 1, 1}, new double[3]);
        float[] v = new float[g.voxelCount()];
        v[g.index(3, 1, 0)] = 0.5f;
        v[g.index(1, 2, 1)] = -1f;
        v[g.index(2, 2, 1)] = -3f;
        v[g.index(0, 0, 1)] = Float.NaN;
        v[g.index(0, 0, 0)] = 1f;
        Path file = dir.resolve("probabilities.nii.gz");
        Nifti.write(Volume.ofFloats(g, v, "1"), file);
        BadInputException e = assertThrows(BadInputException.class, () -> Nifti.readMask(file));
        String m = e.getMessage();
        assertTrue(m.contains("1 voxel is not a whole number (e.g. 0.5 at voxel (3, 1, 0))"), m);
        assertTrue(m.contains("2 voxels are negative (e.g. -1 at voxel (1, 2, 1))"), m);
        assertTrue(m.contains("1 voxel is NaN (e.g. NaN at voxel (0, 0, 1))"), m);
        assertThrows(BadInputException.class, () -> NiftiLabels.list(file));
        assertThrows(BadInputException.class, () -> NiftiLabels.read(file, "1"));
    }
}
