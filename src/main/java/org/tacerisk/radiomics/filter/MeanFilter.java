package org.tacerisk.radiomics.filter;

import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;

/**
 * IBSI-2 mean filter: the average over an M × M (2D) or M × M × M (3D) voxel neighbourhood (support M, odd),
 * computed as M-point box kernels 1/M along each filtered axis. The support is in voxels, not mm.
 */
public final class MeanFilter implements ImageFilter {

    private final int support;
    private final boolean twoD;
    private final BoundaryCondition padding;

    public MeanFilter(int support, boolean twoD, BoundaryCondition padding) {
        if (support < 1 || support % 2 == 0) {
            throw new IllegalArgumentException("mean filter support must be an odd number of voxels >= 1: " + support);
        }
        this.support = support;
        this.twoD = twoD;
        this.padding = padding;
    }

    /** Spec parameters: {@code support} (odd number of voxels M). */
    static ImageFilter fromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        int support = p.integer("support", -1);
        if (support < 1 || support % 2 == 0) {
            throw p.bad("support", support == -1 ? "is missing (odd number of voxels, e.g. 15)"
                    : "must be an odd number of voxels >= 1, not " + support);
        }
        return new MeanFilter(support, twoD, padding);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        return apply(image, grid, Progress.NONE);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid, Progress progress) {
        return apply(image, dims(grid), support, twoD, padding, progress);
    }

    /** The mean over the support-wide neighbourhood of every voxel (shared with the Laws energy map). */
    static float[] apply(float[] image, Convolution.Dims dims, int support, boolean twoD, BoundaryCondition padding,
            Progress progress) {
        double[] box = new double[support];
        java.util.Arrays.fill(box, 1.0 / support);
        return Convolution.separable(image, dims, new double[][] {box, box, twoD ? null : box}, padding, progress);
    }

    static Convolution.Dims dims(ImageGeometry grid) {
        return new Convolution.Dims(grid.nx(), grid.ny(), grid.nz());
    }

    @Override
    public String imageTypeName() {
        return "mean-" + support + (twoD ? "-2D" : "-3D");
    }

    @Override
    public String toString() {
        return "MeanFilter[support " + support + ", " + (twoD ? "2D" : "3D") + ", " + padding + "]";
    }
}
