package org.tacerisk.deep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacerisk.common.Progress;

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

    /** Crops per {@link DeepModel#predictBatch} call: a cancel waits for at most one such batch. */
    public static final int BATCH = InputBatch.MAX_SIZE;

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
        return map(model, crop, nx, ny, Progress.NONE);
    }

    /** As {@link #map(DeepModel, Crop, int, int)}, with progress and cancel as {@link #cropHeatMap}. */
    public SaliencyMap map(DeepModel model, Crop crop, int nx, int ny, Progress progress) {
        return onSlice(cropHeatMap(model, crop.chw(), crop.spec(), progress), crop.spec().size(), crop.placement(),
                nx, ny);
    }

    /** Saliency on the crop grid (size × size, row-major): drop in probability, upsampled from the windows. */
    public float[] cropHeatMap(DeepModel model, float[] chw, InputSpec spec) {
        return cropHeatMap(model, chw, spec, Progress.NONE);
    }

    /**
     * As {@link #cropHeatMap(DeepModel, float[], InputSpec)}. The crop and its occluded copies go to
     * {@link DeepModel#predictBatch} {@value #BATCH} at a time (one forward pass each for the models of this
     * package); {@code progress} is told "occlusion saliency: 64/226 windows" and checked between batches.
     *
     * @throws org.tacerisk.common.Cancelled when cancelled
     */
    public float[] cropHeatMap(DeepModel model, float[] chw, InputSpec spec, Progress progress) {
        int n = spec.size();
        if (patch > n) {
            throw new IllegalArgumentException("occlusion patch " + patch + " is larger than the crop (" + n + ")");
        }
        float[] fill = channelMeans(chw, spec);
        int[] starts = windowStarts(n);
        int m = starts.length;
        int inputs = m * m + 1; // the crop itself, then every window, row by row
        double base = Double.NaN;
        float[] coarse = new float[m * m];
        for (int from = 0; from < inputs; from += BATCH) {
            progress.checkCancelled();
            progress.report("occlusion saliency: " + from + "/" + inputs + " windows", (double) from / inputs);
            List<float[]> batch = new ArrayList<>(BATCH);
            for (int k = from; k < Math.min(inputs, from + BATCH); k++) {
                batch.add(k == 0 ? chw : occluded(chw, spec, fill, starts[(k - 1) / m], starts[(k - 1) % m]));
            }
            List<DeepOutput> outputs = model.predictBatch(batch);
            for (int k = 0; k < outputs.size(); k++) {
                if (from + k == 0) {
                    base = outputs.get(0).probability();
                } else {
                    coarse[from + k - 1] = (float) (base - outputs.get(k).probability());
                }
            }
        }
        progress.report("occlusion saliency: " + inputs + "/" + inputs + " windows", 1);
        return upsample(coarse, starts, n);
    }

    /** Each channel's mean over the crop: what an occluded window is filled with. */
    private static float[] channelMeans(float[] chw, InputSpec spec) {
        int plane = spec.size() * spec.size();
        float[] fill = new float[spec.channels()];
        for (int c = 0; c < fill.length; c++) {
            double s = 0;
            for (int p = 0; p < plane; p++) {
                s += chw[c * plane + p];
            }
            fill[c] = (float) (s / plane);
        }
        return fill;
    }

    /** A copy of the crop with the window at (x0, y0) filled, in every channel. */
    private float[] occluded(float[] chw, InputSpec spec, float[] fill, int y0, int x0) {
        int n = spec.size();
        int plane = n * n;
        float[] out = chw.clone();
        for (int c = 0; c < fill.length; c++) {
            for (int y = y0; y < y0 + patch; y++) {
                Arrays.fill(out, c * plane + y * n + x0, c * plane + y * n + x0 + patch, fill[c]);
            }
        }
        return out;
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
