package org.tacerisk.radiomics;

/**
 * PyRadiomics' discretisation ({@code imageoperations.binImage} of PyRadiomics 3.1.0), reproduced operation by
 * operation so that grey levels agree voxel for voxel: the edges are built as NumPy builds them and each voxel gets
 * {@code numpy.digitize}'s index (edges[i − 1] ≤ x &lt; edges[i]). See {@link Discretiser} for the IBSI rules.
 */
final class PyRadiomicsBins {

    private PyRadiomicsBins() {
    }

    static Discretiser.Result discretise(float[] x, byte[] mask, Discretisation d) {
        RoiSummary roi = RoiSummary.of(x, mask);
        if (roi.voxels() == 0) {
            throw new IllegalArgumentException("nothing to discretise: the intensity mask is empty");
        }
        double[] edges = d.method() == Discretisation.Method.FIXED_BIN_SIZE
                ? fixedWidthEdges(roi.min(), roi.max(), d.binWidth())
                : fixedCountEdges(roi.min(), roi.max(), d.binCount());
        int[] levels = new int[x.length];
        int max = 0;
        for (int n = 0; n < x.length; n++) {
            if (mask[n] != 0) {
                int level = digitize(x[n], edges);
                levels[n] = level;
                max = Math.max(max, level);
            }
        }
        return new Discretiser.Result(levels, max, edges[0]);
    }

    /**
     * {@code numpy.arange(low, max + 2w, w)} with low = min − numpy.remainder(min, w): NumPy fills arange as
     * start + i·Δ with Δ = (start + w) − start, and its length is ⌈(stop − start) / w⌉.
     */
    static double[] fixedWidthEdges(double min, double max, double w) {
        double low = min - remainder(min, w);
        double high = max + 2 * w;
        int count = (int) Math.ceil((high - low) / w);
        double delta = (low + w) - low;
        double[] edges = new double[Math.max(count, 1)];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = i == 0 ? low : low + i * delta;
        }
        if (edges.length == 1) {
            // PyRadiomics widens a single edge to one bin of width 1 around it
            return new double[] {edges[0] - 0.5, edges[0] + 0.5};
        }
        return edges;
    }

    /**
     * {@code numpy.histogram(values, bins)[1]} (linspace(min, max, bins + 1): i·step + min, the last edge exactly
     * max) with the last edge raised by 1 so that max falls into the last bin; a constant ROI gets NumPy's range
     * min ± 0.5.
     */
    static double[] fixedCountEdges(double min, double max, int bins) {
        double first = min;
        double last = max;
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        double[] edges = new double[bins + 1];
        double step = (last - first) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = i * step + first;
        }
        edges[bins] = last + 1;
        return edges;
    }

    /** NumPy's floored remainder: fmod, moved into [0, w) for a positive w. */
    static double remainder(double a, double w) {
        double mod = a % w;
        if (mod != 0 && (w < 0) != (mod < 0)) {
            mod += w;
        }
        return mod;
    }

    /** {@code numpy.digitize(x, edges)} for increasing edges: the number of edges ≤ x. */
    static int digitize(double x, double[] edges) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
