package org.tacerisk.app.viewer;

import ij.ImagePlus;
import ij.ImageStack;
import java.util.Objects;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.ImageJBridge;
import org.tacerisk.image.Volume;

/**
 * The series as the viewer holds it: an ImageJ stack made by {@link ImageJBridge} (one pixel array per slice) and
 * the {@link Volume} it came from.
 *
 * <p>The renderer reads the ImageJ slice arrays, not the {@code Volume}: a 16-bit ImageJ pixel is the HU + 32768
 * (ImageJ's signed-16-bit calibration), which is directly an index into the 65,536-entry grey table — no sign
 * handling and no float conversion per pixel — and one array per slice lets a coronal or sagittal row pick its
 * slice once. {@code Volume} keeps its array private ({@code get} converts to float, {@code toShortArray} copies the
 * whole series), so reading it would be slower or cost another copy. The {@code Volume} is kept by reference only
 * (no copy) for its geometry and for the tools that edit masks on it.
 */
public final class ViewerVolume {

    private final Volume volume;
    private final ImagePlus image;
    private final short[][] shortSlices;
    private final float[][] floatSlices;
    private final float[] calibration;
    private WindowLevel autoWindow;

    private ViewerVolume(Volume volume, ImagePlus image) {
        this.volume = volume;
        this.image = image;
        ImageGeometry g = volume.geometry();
        ImageStack stack = image.getStack();
        if (image.getBitDepth() == 16) {
            shortSlices = new short[g.nz()][];
            for (int k = 0; k < g.nz(); k++) {
                shortSlices[k] = (short[]) stack.getPixels(k + 1);
            }
            floatSlices = null;
            float[] table = image.getCalibration().getCTable();
            calibration = table != null ? table : identityTable();
        } else {
            floatSlices = new float[g.nz()][];
            for (int k = 0; k < g.nz(); k++) {
                floatSlices[k] = (float[]) stack.getPixels(k + 1);
            }
            shortSlices = null;
            calibration = null;
        }
    }

    /** Converts the volume into an ImageJ stack (one copy of the voxels); the volume itself is not copied. */
    public static ViewerVolume of(Volume volume) {
        return new ViewerVolume(Objects.requireNonNull(volume, "volume"), ImageJBridge.toImagePlus(volume));
    }

    public Volume volume() {
        return volume;
    }

    public ImageGeometry geometry() {
        return volume.geometry();
    }

    /** The ImageJ image the viewer displays (calibrated in mm and HU). */
    public ImagePlus imagePlus() {
        return image;
    }

    boolean isShortBacked() {
        return shortSlices != null;
    }

    /** The raw 16-bit slice arrays (value = stored unsigned pixel), or null for a float series. */
    short[][] shortSlices() {
        return shortSlices;
    }

    float[][] floatSlices() {
        return floatSlices;
    }

    /** The calibrated value (HU) of each raw 16-bit pixel value. */
    float[] calibrationTable() {
        return calibration;
    }

    /** The calibrated value (HU for CT) of voxel (i, j, k). */
    public double value(int i, int j, int k) {
        int n = i + geometry().nx() * j;
        return shortSlices != null ? calibration[shortSlices[k][n] & 0xffff] : floatSlices[k][n];
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

    private static float[] identityTable() {
        float[] table = new float[65536];
        for (int n = 0; n < table.length; n++) {
            table[n] = n;
        }
        return table;
    }
}
