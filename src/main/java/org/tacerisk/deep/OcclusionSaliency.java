package org.tacerisk.deep;

import java.util.ArrayList;
import java.util.List;

/**
 * Occlusion sensitivity (Zeiler &amp; Fergus 2014): a square patch slides over the crop, hiding all channels in
 * its window (filled with each channel's mean over the crop); the drop of the predicted probability is the
 * saliency of that window. Window values sit at the window centres and are upsampled bilinearly to the crop grid,
 * then drawn back onto the CT slice through the crop's {@link CropPlacement}. Works with any {@link DeepModel}.
 *
 * @param patch  window side in crop pixels (e.g. 8)
 * @param stride step between windows in crop pixels (e.g. 4)
 */
public record OcclusionSaliency(int patch, int stride) {

    public OcclusionSaliency {
        if (patch < 1 || stride < 1 || stride > patch) {
            throw new IllegalArgumentException("occlusion patch " + patch + " with stride " + stride
                    + ": need 1 ≤ stride ≤ patch");
        }
    }

    /** 8 × 8 windows every 4 pixels. */
    public static OcclusionSaliency defaults() {
        return new OcclusionSaliency(8, 4);
    }

    /** The crop's saliency drawn on slice {@code crop.placement().centreSlice()} of an nx × ny grid. */
    public SaliencyMap map(DeepModel model, Crop crop, int nx, int ny) {
        return onSlice(cropHeatMap(model, crop.chw(), crop.spec()), crop.spec().size(), crop.placement(), nx, ny);
    }

    /** Saliency on the crop grid (size × size, row-major): drop in probability, upsampled from the windows. */
    public float[] cropHeatMap(DeepModel model, float[] chw, InputSpec spec) {
        int n = spec.size();
        if (patch > n) {
            throw new IllegalArgumentException("occlusion patch " + patch + " is larger than the crop (" + n + ")");
        }
        int plane = n * n;
        float[] fill = new float[spec.channels()];
        for (int c = 0; c < fill.length; c++) {
            double s = 0;
            for (int p = 0; p < plane; p++) {
                s += chw[c * plane + p];
            }
            fill[c] = (float) (s / plane);
        }
        int[] starts = windowStarts(n);
        List<float[]> inputs = new ArrayList<>(starts.length * starts.length + 1);
        inputs.add(chw);
        for (int y0 : starts) {
            for (int x0 : starts) {
                float[] occluded = chw.clone();
                for (int c = 0; c < fill.length; c++) {
                    for (int y = y0; y < y0 + patch; y++) {
                        java.util.Arrays.fill(occluded, c * plane + y * n + x0, c * plane + y * n + x0 + patch,
                                fill[c]);
                    }
                }
                inputs.add(occluded);
            }
        }
        List<DeepOutput> outputs = model.predictBatch(inputs);
        double base = outputs.get(0).probability();
        int m = starts.length;
        float[] coarse = new float[m * m];
        for (int w = 0; w < coarse.length; w++) {
            coarse[w] = (float) (base - outputs.get(w + 1).probability());
        }
        return upsample(coarse, starts, n);
    }

    /** Window starts 0, stride, 2·stride, … with the last window flush with the crop's edge. */
    int[] windowStarts(int n) {
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s + patch <= n; s += stride) {
            starts.add(s);
        }
        if (starts.get(starts.size() - 1) + patch < n) {
            starts.add(n - patch);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Bilinear interpolation between window centres (start + (patch − 1)/2); beyond the outer centres, the edge. */
    private float[] upsample(float[] coarse, int[] starts, int n) {
        int m = starts.length;
        double[] centres = new double[m];
        for (int w = 0; w < m; w++) {
            centres[w] = starts[w] + (patch - 1) / 2.0;
        }
        float[] out = new float[n * n];
        for (int y = 0; y < n; y++) {
            int ya = lower(centres, y);
            double fy = fraction(centres, ya, y);
            for (int x = 0; x < n; x++) {
                int xa = lower(centres, x);
                double fx = fraction(centres, xa, x);
                int xb = Math.min(xa + 1, m - 1);
                int yb = Math.min(ya + 1, m - 1);
                double top = coarse[ya * m + xa] * (1 - fx) + coarse[ya * m + xb] * fx;
                double bottom = coarse[yb * m + xa] * (1 - fx) + coarse[yb * m + xb] * fx;
                out[y * n + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }

    private static int lower(double[] centres, double v) {
        int a = 0;
        while (a + 1 < centres.length && centres[a + 1] <= v) {
            a++;
        }
        return a;
    }

    private static double fraction(double[] centres, int a, double v) {
        if (a + 1 >= centres.length || v <= centres[a]) {
            return 0;
        }
        return (v - centres[a]) / (centres[a + 1] - centres[a]);
    }

    /**
     * Draws a crop-grid heat map onto an nx × ny slice: voxel (i, j) takes the bilinear value at its crop
     * coordinates x = (i − originI)/stepI, y = (j − originJ)/stepJ when they fall within the crop's pixels
     * (−½ … size − ½), else 0.
     */
    public static SaliencyMap onSlice(float[] heat, int size, CropPlacement placement, int nx, int ny) {
        if (heat.length != size * size) {
            throw new IllegalArgumentException("heat map has " + heat.length + " values for " + size + " × " + size);
        }
        float[] values = new float[nx * ny];
        for (int j = 0; j < ny; j++) {
            double y = (j - placement.originJ()) / placement.stepJ();
            if (y < -0.5 || y > size - 0.5) {
                continue;
            }
            for (int i = 0; i < nx; i++) {
                double x = (i - placement.originI()) / placement.stepI();
                if (x >= -0.5 && x <= size - 0.5) {
                    values[i + nx * j] = Augmenter.bilinear(heat, 0, size, x, y);
                }
            }
        }
        return new SaliencyMap(placement.centreSlice(), nx, ny, values);
    }
}
