package org.tacerisk.cohort.synth;

import java.util.Locale;

/**
 * The image grid of a synthetic patient. {@code FULL} is close to a clinical portal-venous reconstruction around the
 * liver (0.8 mm pixels, 2.5 mm slices, under 8 MB per patient); {@code SMALL} covers nearly the same field with
 * coarse voxels so that tests and demos write dozens of patients in seconds. The external cohort's scanner reads
 * the same field with slices twice as thick ({@link Scanner}).
 */
public enum SynthSize {

    SMALL(104, 2.0, 32, 3.0),
    FULL(256, 0.8, 56, 2.5);

    private final int matrix;
    private final double pixelMm;
    private final int slices;
    private final double sliceMm;

    SynthSize(int matrix, double pixelMm, int slices, double sliceMm) {
        this.matrix = matrix;
        this.pixelMm = pixelMm;
        this.slices = slices;
        this.sliceMm = sliceMm;
    }

    /** Rows and columns. */
    public int matrix() {
        return matrix;
    }

    public double pixelMm() {
        return pixelMm;
    }

    /** Craniocaudal coverage in mm (the same for both scanners). */
    public double zExtentMm() {
        return slices * sliceMm;
    }

    /** The scanner of the training/testing hospital, or of the external one. */
    public Scanner scanner(boolean external) {
        return external
                ? new Scanner("B", 18.0, 2 * sliceMm, slices / 2, 2)
                : new Scanner("A", 12.0, sliceMm, slices, 1);
    }

    public static SynthSize parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * One scanner's acquisition.
     *
     * @param noiseHu   standard deviation of the white Gaussian noise added to every voxel
     * @param subSlices noiseless thin sub-slices averaged into each slice: thick slices show the partial-volume
     *                  blurring a real thick reconstruction has, not just a sparser sampling
     */
    public record Scanner(String name, double noiseHu, double sliceMm, int slices, int subSlices) {
    }
}
