package org.tacerisk.radiomics;

import org.tacerisk.image.ImageGeometry;

/**
 * The interpolation grid of IBSI-1 "align grid centers" (3WE3): per axis, n_b = ⌈n_a·s_a / s_b⌉ points (026Q),
 * placed so that the centres of the original and the new grid coincide (QCY4). In the original grid's index
 * coordinates new point n lies at x_b,g + n·s_b,g with s_b,g = s_b / s_a and
 * x_b,g = ½ (n_a − 1 − s_b,g (n_b − 1)). The new grid keeps the original's direction cosines, so the rule is the
 * same for any orientation. An axis whose target spacing is null (2D interpolation) is left exactly as it was.
 *
 * <p>Immutable; also describes "no interpolation" (every axis unchanged), so the processor has one code path.
 */
final class InterpolationGrid {

    /** Guards the ceiling against products such as 512 · 0.9765625 / 2 landing a hair above an integer. */
    private static final double CEIL_TOLERANCE = 1e-9;

    private final ImageGeometry original;
    private final int[] size = new int[3];
    private final double[] spacing = new double[3];
    private final double[] start = new double[3];
    private final double[] step = new double[3];

    private InterpolationGrid(ImageGeometry original, Double[] target) {
        this.original = original;
        int[] n = {original.nx(), original.ny(), original.nz()};
        for (int a = 0; a < 3; a++) {
            double sa = original.spacing(a);
            if (target[a] == null) {
                size[a] = n[a];
                spacing[a] = sa;
                start[a] = 0;
                step[a] = 1;
            } else {
                double sb = target[a];
                size[a] = Math.max(1, (int) Math.ceil(n[a] * sa / sb - CEIL_TOLERANCE));
                spacing[a] = sb;
                step[a] = sb / sa;
                start[a] = 0.5 * (n[a] - 1 - step[a] * (size[a] - 1));
            }
        }
    }

    /**
     * PyRadiomics' resampling grid ({@code imageoperations.resampleImage} of PyRadiomics 3.1.0): per axis with
     * r = s_a / s_b, the new indices L = ⌊(lo − ½) r − pad⌋ … U = ⌈(lo + size − ½) r + pad⌉ around the ROI's bounding
     * box (lo, size in original indices), clipped to 0 … ⌈n_a r⌉ − 1; new point n lies at original index
     * ½ (s_b − s_a) / s_a + (L + n) / r: the first voxel's corner stays where the original's is (origin kept, size
     * rounded up), cropped to the box plus {@code pad} new voxels. An axis whose target spacing is null keeps the
     * original spacing and is cropped the same way.
     */
    static InterpolationGrid pyradiomics(ImageGeometry original, InterpolationSettings settings, int[] roiLo,
            int[] roiHi, int pad) {
        InterpolationSettings.Spacing s = settings.spacing();
        Double[] target = {s.x(), s.y(), s.z()};
        InterpolationGrid grid = new InterpolationGrid(original, new Double[3]);
        int[] n = {original.nx(), original.ny(), original.nz()};
        for (int a = 0; a < 3; a++) {
            double sa = original.spacing(a);
            double sb = target[a] == null ? sa : target[a];
            double ratio = sa / sb;
            double lower = Math.max(0, Math.floor((roiLo[a] - 0.5) * ratio - pad));
            double upper = Math.min(Math.ceil(n[a] * ratio) - 1, Math.ceil((roiHi[a] + 1 - 0.5) * ratio + pad));
            grid.size[a] = (int) (upper - lower + 1);
            grid.spacing[a] = sb;
            grid.step[a] = 1 / ratio;
            grid.start[a] = 0.5 * (sb - sa) / sa + lower / ratio;
        }
        return grid;
    }

    /** The grid for these settings; when interpolation is disabled, the original grid. */
    static InterpolationGrid of(ImageGeometry original, InterpolationSettings settings) {
        if (!settings.enabled()) {
            return new InterpolationGrid(original, new Double[3]);
        }
        InterpolationSettings.Spacing s = settings.spacing();
        return new InterpolationGrid(original, new Double[] {s.x(), s.y(), s.z()});
    }

    /** Number of grid points along axis 0 (x, i), 1 (y, j) or 2 (z, k). */
    int size(int axis) {
        return size[axis];
    }

    double spacing(int axis) {
        return spacing[axis];
    }

    /** True when this axis keeps the original sampling exactly. */
    boolean unchanged(int axis) {
        return step[axis] == 1 && start[axis] == 0;
    }

    /** Position of new point {@code n} along {@code axis}, in the original grid's (continuous) index units. */
    double sourceCoordinate(int axis, int n) {
        return start[axis] + n * step[axis];
    }

    /** The whole interpolation grid. */
    ImageGeometry geometry() {
        return geometry(new int[] {0, 0, 0}, new int[] {size[0] - 1, size[1] - 1, size[2] - 1});
    }

    /** The part of the grid from index {@code lo} to {@code hi} (inclusive), with the origin of its first point. */
    ImageGeometry geometry(int[] lo, int[] hi) {
        double[] origin = original.indexToPhysical(sourceCoordinate(0, lo[0]), sourceCoordinate(1, lo[1]),
                sourceCoordinate(2, lo[2]));
        return new ImageGeometry(hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1, spacing.clone(), origin,
                original.direction());
    }

    /**
     * The index range {lo, hi} of new points that may receive ROI mask values, widened by {@code margin[a]} points
     * per axis and clipped to the grid. {@code roiLo} / {@code roiHi} bound the ROI in original indices; the mask
     * interpolators reach at most two original voxels beyond it.
     */
    int[][] cropAround(int[] roiLo, int[] roiHi, int[] margin) {
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int a = 0; a < 3; a++) {
            double first = (roiLo[a] - 2 - start[a]) / step[a];
            double last = (roiHi[a] + 2 - start[a]) / step[a];
            lo[a] = Math.max(0, (int) Math.ceil(first) - margin[a]);
            hi[a] = Math.min(size[a] - 1, (int) Math.floor(last) + margin[a]);
            if (lo[a] > hi[a]) {
                lo[a] = Math.min(lo[a], size[a] - 1);
                hi[a] = lo[a];
            }
        }
        return new int[][] {lo, hi};
    }
}
