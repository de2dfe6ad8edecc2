package org.tacerisk.app.viewer;

import ij.ImagePlus;
import java.util.Objects;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.ImageJBridge;
import org.tacerisk.image.Volume;

/**
 * The series as the viewer holds it: an ImageJ image ({@link #imagePlus()}, a read-only virtual stack over the
 * {@link Volume} through {@link ImageJBridge#toVirtualImagePlus}: no copy of the voxels) and the grey-table indexing
 * the renderer uses.
 *
 * <p>A 16-bit voxel is shown through its raw index HU + 32768 into the 65,536-entry grey table, the pixel value of
 * ImageJ's signed-16-bit calibration ({@link ImageJBridge}): no sign handling per pixel. The renderer reads the
 * voxels through {@link Volume#get(int)} once per displayed plane ({@link PlaneSampler}), not per frame. The viewer
 * used to draw from an ImageJ stack of the series, a second full copy of the voxels (250 MiB for 500 slices of
 * 512 × 512), which took the heap past 3 × the series' voxel bytes (issue 13, docs/performance.md); the stack is now
 * a virtual stack whose slices ImageJ materialises one at a time when it asks for them.
 */
public final class ViewerVolume {

    /** Raw 16-bit index of value 0: ImageJ's signed-16-bit offset. */
    static final int SIGNED_OFFSET = 32768;

    private final Volume volume;
    private final float[] calibration;
    private final ImagePlus image;
    private WindowLevel autoWindow;

    private ViewerVolume(Volume volume) {
        this.volume = volume;
        this.calibration = volume.isShortBacked() ? signed16Table() : null;
        this.image = ImageJBridge.toVirtualImagePlus(volume);
    }

    /** Wraps the volume for display; its voxels are not copied. */
    public static ViewerVolume of(Volume volume) {
        return new ViewerVolume(Objects.requireNonNull(volume, "volume"));
    }

    public Volume volume() {
        return volume;
    }

    public ImageGeometry geometry() {
        return volume.geometry();
    }

    /**
     * The series as an ImageJ image (calibrated in mm and HU; slices made when ImageJ asks for them), for ImageJ
     * measurements, filters and plug-ins. Read-only: the voxels are the core's.
     */
    public ImagePlus imagePlus() {
        return image;
    }

    /** Whether voxels are drawn through the 16-bit grey table (raw index = value + 32768) rather than as floats. */
    boolean isShortBacked() {
        return calibration != null;
    }

    /** The calibrated value (HU) of each raw 16-bit index, or null for a float series. */
    float[] calibrationTable() {
        return calibration;
    }

    /** The calibrated value (HU for CT) of voxel (i, j, k). */
    public double value(int i, int j, int k) {
        return volume.get(i, j, k);
    }

    /**
     * The automatic window, computed once: the 1st to the 99th percentile of the voxels mapped to black and white
     * ({@link AutoWindow}).
     */
    public synchronized WindowLevel autoWindow() {
        if (autoWindow == null) {
            autoWindow = AutoWindow.of(this);
        }
        return autoWindow;
    }

    /** raw − 32768 for every raw index: the values ImageJ's signed-16-bit calibration gives. */
    private static float[] signed16Table() {
        float[] table = new float[65536];
        for (int n = 0; n < table.length; n++) {
            table[n] = n - SIGNED_OFFSET;
        }
        return table;
    }
}
