package org.tacerisk.app.viewer;

import java.util.Arrays;
import org.tacerisk.image.Volume;

/**
 * The "A" window: from the 1st to the 99th percentile (nearest rank) of the voxel values, so that a few metal or
 * noise voxels do not stretch it. For a CT (unit HU) voxels below {@value #AIR_LIMIT_HU} HU are left out: the air
 * around the patient is most of a CT's voxels and would otherwise pin the lower end at −1000 HU. The window maps the
 * 1st percentile to grey 0 and the 99th to grey 255 exactly: W = p99 − p1 + 1, L = (p1 + p99 + 1) / 2 (see
 * {@link WindowLevel}). At most {@value #MAX_SAMPLES} voxels are read, evenly strided, so a 500-slice series takes
 * well under 0.1 s, once per series.
 */
final class AutoWindow {

    static final double AIR_LIMIT_HU = -900;
    static final int MAX_SAMPLES = 1_000_000;

    private AutoWindow() {
    }

    static WindowLevel of(ViewerVolume v) {
        int count = v.geometry().voxelCount();
        int stride = Math.max(1, (int) Math.ceil(count / (double) MAX_SAMPLES));
        boolean ct = Volume.HU.equals(v.volume().unit());
        float[] values = sample(v, stride, ct);
        if (values.length == 0) {
            values = sample(v, stride, false);
        }
        Arrays.sort(values);
        double low = Math.floor(percentile(values, 0.01));
        double high = Math.ceil(percentile(values, 0.99));
        return new WindowLevel(high - low + 1, (low + high + 1) / 2);
    }

    private static float[] sample(ViewerVolume v, int stride, boolean skipAir) {
        int nx = v.geometry().nx();
        int ny = v.geometry().ny();
        int sliceSize = nx * ny;
        int count = v.geometry().voxelCount();
        float[] out = new float[(count + stride - 1) / stride];
        int n = 0;
        for (int index = 0; index < count; index += stride) {
            int k = index / sliceSize;
            int rest = index - k * sliceSize;
            float value = (float) v.value(rest % nx, rest / nx, k);
            if (!skipAir || value >= AIR_LIMIT_HU) {
                out[n++] = value;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least fraction·n values at or below. */
    static double percentile(float[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
