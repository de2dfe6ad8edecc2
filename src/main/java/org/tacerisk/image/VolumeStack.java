package org.tacerisk.image;

import ij.VirtualStack;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * A read-only ImageJ stack over a {@link Volume}: ImageJ sees the series as its own image while the voxels stay
 * where they are, in the one array the core works on. A slice's pixels are made when ImageJ asks for that slice
 * (ImageJ's 1-based n is the volume's slice k = n − 1), in the same form {@link ImageJBridge#toImagePlus(Volume)}
 * stores them: raw = value + 32768 for a 16-bit series (ImageJ's signed-16-bit calibration), floats otherwise.
 */
final class VolumeStack extends VirtualStack {

    private static final int SIGNED_OFFSET = 32768;

    private final Volume volume;

    VolumeStack(Volume volume) {
        super(volume.geometry().nx(), volume.geometry().ny(), volume.geometry().nz());
        this.volume = volume;
    }

    @Override
    public ImageProcessor getProcessor(int n) {
        ImageGeometry g = volume.geometry();
        Object pixels = getPixels(n);
        ImageProcessor ip = pixels instanceof short[] s ? new ShortProcessor(g.nx(), g.ny(), s, null)
                : new FloatProcessor(g.nx(), g.ny(), (float[]) pixels);
        // the image's calibration table (signed 16 bit → HU), as ImageJ's own stacks hand their processors
        ip.setCalibrationTable(cTable);
        return ip;
    }

    @Override
    public Object getPixels(int n) {
        if (n < 1 || n > getSize()) {
            throw new IllegalArgumentException("slice " + n + " of a " + getSize() + "-slice stack");
        }
        return slicePixels(volume, n - 1);
    }

    /** Slice k's pixels as ImageJ stores them: raw = value + 32768 (short[]) for a 16-bit volume, else float[]. */
    static Object slicePixels(Volume volume, int k) {
        float[] slice = new float[volume.geometry().sliceSize()];
        volume.copySlice(k, slice);
        if (!volume.isShortBacked()) {
            return slice;
        }
        short[] raw = new short[slice.length];
        for (int i = 0; i < slice.length; i++) {
            raw[i] = (short) ((int) slice[i] + SIGNED_OFFSET);
        }
        return raw;
    }

    /**
     * Ignored: the volume is the core's data, read here, never written (ImageJ itself hands the current slice back
     * through this when it opens the image; its own virtual stacks ignore it too).
     */
    @Override
    public void setPixels(Object pixels, int n) {
        // read-only view
    }

    @Override
    public int getSize() {
        return volume.geometry().nz();
    }

    @Override
    public int getBitDepth() {
        return volume.isShortBacked() ? 16 : 32;
    }

    @Override
    public String getSliceLabel(int n) {
        return null;
    }
}
