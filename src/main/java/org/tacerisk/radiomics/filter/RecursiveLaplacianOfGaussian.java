package org.tacerisk.radiomics.filter;

import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;

/**
 * PyRadiomics' LoG image type: SimpleITK's {@code LaplacianRecursiveGaussianImageFilter} with
 * {@code NormalizeAcrossScale} on, as PyRadiomics 3.1.0 calls it ({@code getLoGImage}). The response is the
 * scale-normalised Laplacian σ²·(∂²/∂x² + ∂²/∂y² + ∂²/∂z²) of the Gaussian-smoothed image, x and σ in mm, each
 * Gaussian and derivative the recursive approximation of {@link RecursiveGaussian}.
 *
 * <p>How it differs from the IBSI-2 LoG ({@link LogFilter}): scale-normalised (×σ², so responses at different σ are
 * comparable), derivatives per mm rather than per voxel (on anisotropic grids the slice axis is not weighted by
 * its spacing²), the recursive approximation instead of a kernel cut at 4σ, and edge replication instead of a
 * chosen padding. It exists for the {@code pyradiomics} conventions only; IBSI settings keep {@link LogFilter}.
 *
 * <p>Order of work, as ITK's: for each axis a, the second derivative along a, then smoothing along the other axes
 * in increasing order, divided by spacing_a² and added to the sum. Intermediate maps are single precision, as
 * ITK's ({@code float} internal images), each line filtered in double precision.
 *
 * <p>PyRadiomics computes it on the image it is given (the whole image; after resampling, the region cropped to
 * the ROI box + padDistance) and skips σ unless every axis has at least ⌈σ/spacing⌉ + 1 voxels and 4 voxels;
 * {@link #checkGrid} refuses those grids by name instead.
 */
public final class RecursiveLaplacianOfGaussian implements BoxFilter {

    private final double sigmaMm;

    public RecursiveLaplacianOfGaussian(double sigmaMm) {
        if (!(sigmaMm > 0) || Double.isInfinite(sigmaMm)) {
            throw new IllegalArgumentException("LoG sigma must be positive: " + sigmaMm);
        }
        this.sigmaMm = sigmaMm;
    }

    public double sigmaMm() {
        return sigmaMm;
    }

    /**
     * Refuses grids PyRadiomics would skip this σ on (fewer than ⌈σ/spacing⌉ + 1 voxels along an axis) and grids
     * ITK cannot filter (fewer than 4 voxels along an axis).
     */
    @Override
    public void checkGrid(ImageGeometry grid) {
        int[] size = {grid.nx(), grid.ny(), grid.nz()};
        for (int a = 0; a < 3; a++) {
            long needed = Math.max(RecursiveGaussian.MIN_LENGTH, (long) Math.ceil(sigmaMm / grid.spacing(a)) + 1);
            if (size[a] < needed) {
                throw new BadInputException(null, imageTypeName() + ": the image has " + size[a] + " voxels along "
                        + ScaleTooFineException.axisName(a) + " but this LoG needs at least " + needed + " (σ "
                        + ScaleTooFineException.mm(sigmaMm) + " mm at " + ScaleTooFineException.mm(grid.spacing(a))
                        + " mm spacing; PyRadiomics skips such a σ): use a smaller sigma or a larger image region");
            }
        }
    }

    /**
     * Filters only the lines the box needs: a recursive filter needs whole lines, so the first pass of each term
     * runs on every line, the second on the lines through the box's range of the first axis, the third on the
     * lines through the box's ranges of the first two; the values are the whole-image values.
     */
    @Override
    public float[] applyInBox(float[] image, ImageGeometry grid, int[] lo, int[] hi, Progress progress) {
        checkGrid(grid);
        if (image.length != grid.voxelCount()) {
            throw new IllegalArgumentException("image has " + image.length + " voxels, grid needs "
                    + grid.voxelCount());
        }
        int[] size = {grid.nx(), grid.ny(), grid.nz()};
        int bx = hi[0] - lo[0] + 1;
        int by = hi[1] - lo[1] + 1;
        float[] sum = new float[bx * by * (hi[2] - lo[2] + 1)];
        float[] first = new float[image.length];
        float[] second = new float[image.length];
        for (int a = 0; a < 3; a++) {
            double s = grid.spacing(a);
            // lines filtered per pass: all, then those inside the box along the axes already filtered
            int[] linesLo = {0, 0, 0};
            int[] linesHi = {size[0] - 1, size[1] - 1, size[2] - 1};
            Lines.filter(image, first, size, a, RecursiveGaussian.secondDerivative(sigmaMm / s, sigmaMm * sigmaMm),
                    linesLo, linesHi, progress);
            float[] map = first;
            float[] spare = second;
            linesLo[a] = lo[a];
            linesHi[a] = hi[a];
            for (int b = 0; b < 3; b++) {
                if (b != a) {
                    Lines.filter(map, spare, size, b, RecursiveGaussian.smoothing(sigmaMm / grid.spacing(b)),
                            linesLo, linesHi, progress);
                    float[] swap = map;
                    map = spare;
                    spare = swap;
                    linesLo[b] = lo[b];
                    linesHi[b] = hi[b];
                }
            }
            double perMm2 = 1.0 / (s * s);
            for (int k = lo[2], p = 0; k <= hi[2]; k++) {
                for (int j = lo[1]; j <= hi[1]; j++) {
                    for (int i = lo[0], v = grid.index(lo[0], j, k); i <= hi[0]; i++, v++, p++) {
                        sum[p] = (float) (sum[p] + map[v] * perMm2);
                    }
                }
            }
        }
        return sum;
    }

    @Override
    public String imageTypeName() {
        return LogFilter.pyRadiomicsName(sigmaMm, false);
    }

    @Override
    public String toString() {
        return "RecursiveLaplacianOfGaussian[sigma " + sigmaMm + " mm, normalised across scale]";
    }

    /**
     * Applies a {@link RecursiveGaussian} to every line of a volume along one axis, many lines at once (sample-major
     * blocks, so that the recursion's inner loop runs over neighbouring lines in contiguous memory).
     */
    static final class Lines {

        private Lines() {
        }

        /**
         * Into {@code out} (single precision): the lines along {@code axis} of {@code in} that pass through
         * {@code lo..hi} on the other two axes, each filtered whole by {@code filter}; other voxels are left as
         * they are.
         */
        static void filter(float[] in, float[] out, int[] size, int axis, RecursiveGaussian filter, int[] lo,
                int[] hi, Progress progress) {
            int nx = size[0];
            int plane = nx * size[1];
            int len = size[axis];
            // a block: `width` lines side by side, sample t of line w at base + t·step + w·next; along x the
            // block is a slice's rows (read transposed, the slice fits in cache), across rows and slices one row
            int widthAxis = axis == 0 ? 1 : 0;
            int blockAxis = axis == 2 ? 1 : 2;
            int width = hi[widthAxis] - lo[widthAxis] + 1;
            int step = axis == 0 ? 1 : axis == 1 ? nx : plane;
            int next = widthAxis == 0 ? 1 : nx;
            int blockStride = blockAxis == 1 ? nx : plane;
            double[] block = new double[len * width];
            double[] result = new double[len * width];
            double[] scratch = new double[len * width];
            for (int b = lo[blockAxis]; b <= hi[blockAxis]; b++) {
                if (b % 16 == 0) {
                    progress.checkCancelled();
                }
                int base = b * blockStride + lo[widthAxis] * next;
                for (int w = 0; w < width; w++) {
                    for (int t = 0, from = base + w * next; t < len; t++, from += step) {
                        block[t * width + w] = in[from];
                    }
                }
                filter.filter(block, result, scratch, len, width);
                for (int w = 0; w < width; w++) {
                    for (int t = 0, to = base + w * next; t < len; t++, to += step) {
                        out[to] = (float) result[t * width + w];
                    }
                }
            }
        }
    }
}
