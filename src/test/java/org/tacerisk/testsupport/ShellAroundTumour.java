package org.tacerisk.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;

/**
 * The label image of issue 11 (A): label 1, a shell, around label 2, the tumour, which merged gave 780 mL instead
 * of 365 mL. Voxels of 2 × 2 × 2.5 mm are 10 mm³ each: the tumour is 50 × 73 × 10 = 36,500 voxels (365 mL); the
 * 52 × 75 × 20 box around it is 78,000 voxels (780 mL), so the shell is 41,500 voxels (415 mL).
 */
public final class ShellAroundTumour {

    public static final int TUMOUR_VOXELS = 36_500;
    public static final int SHELL_VOXELS = 41_500;

    private ShellAroundTumour() {
    }

    /** 60 × 80 × 24 voxels of 2 × 2 × 2.5 mm. */
    public static ImageGeometry grid() {
        return ImageGeometry.axisAligned(60, 80, 24, new double[] {2, 2, 2.5}, new double[] {-60, -80, 10});
    }

    /** The labels as a 16-bit volume: 0 outside, 1 the shell, 2 the tumour. */
    public static Volume labels() {
        ImageGeometry g = grid();
        short[] v = new short[g.voxelCount()];
        fill(g, v, new int[] {4, 56, 3, 78, 2, 22}, (short) 1);
        fill(g, v, new int[] {5, 55, 4, 77, 7, 17}, (short) 2);
        return Volume.ofShorts(g, v, "label");
    }

    /** A CT on the same grid: soft tissue (40 HU) with a darker tumour (10 HU) and a little texture. */
    public static Volume ct() {
        ImageGeometry g = grid();
        short[] labels = labels().toShortArray();
        short[] hu = new short[g.voxelCount()];
        for (int n = 0; n < hu.length; n++) {
            hu[n] = (short) ((labels[n] == 2 ? 10 : 40) + (n * 7919) % 23 - 11);
        }
        return Volume.ofShorts(g, hu, Volume.HU);
    }

    /** Writes the label image as {@code name} (int16 NIfTI) in {@code folder}. */
    public static Path writeLabels(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        Nifti.write(labels(), file);
        return file;
    }

    /** Fills the box {i0, i1, j0, j1, k0, k1} (ends exclusive) with {@code label}. */
    public static void fill(ImageGeometry g, short[] v, int[] box, short label) {
        for (int k = box[4]; k < box[5]; k++) {
            for (int j = box[2]; j < box[3]; j++) {
                for (int i = box[0]; i < box[1]; i++) {
                    v[g.index(i, j, k)] = label;
                }
            }
        }
    }
}
