package org.tacerisk.image;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Roi;
import ij.measure.Calibration;
import ij.process.ImageProcessor;
import java.awt.Rectangle;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.common.BadInputException;

/**
 * Converts between our {@link Volume}/{@link Mask} and ImageJ 1.x {@link ImagePlus} stacks, headless (no windows):
 * for the viewer and for ImageJ filters.
 *
 * <p>Values: 16-bit volumes become ImageJ 16-bit stacks. ImageJ 16-bit pixels are unsigned, so each value is stored
 * + 32768 and the signed-16-bit calibration ({@link Calibration#setSigned16BitCalibration()}) makes
 * {@code getCValue} return the real value (HU). Float volumes become 32-bit stacks; masks 8-bit, 255 inside.
 *
 * <p>Geometry: spacing goes into pixelWidth/Height/Depth in mm. ImageJ calibrated coordinates are
 * {@code (index - origin) · pixelSize}, so for axis-aligned grids xOrigin/yOrigin/zOrigin are set to
 * {@code -origin / spacing}, making the calibrated coordinate of pixel index i the LPS coordinate of the voxel centre;
 * for oblique grids they stay 0 because a rotation cannot be expressed. The exact geometry, direction included,
 * is kept as the image property {@value #GEOMETRY_PROPERTY} and used on the way back.
 */
public final class ImageJBridge {

    /** ImagePlus property with the full {@link ImageGeometry}: "nx ny nz sx sy sz ox oy oz d0 .. d8". */
    public static final String GEOMETRY_PROPERTY = "tacerisk.geometry";
    /** ImagePlus property with {@link Volume#unit()}. */
    public static final String UNIT_PROPERTY = "tacerisk.unit";

    private ImageJBridge() {
    }

    public static ImagePlus toImagePlus(Volume v) {
        ImageGeometry g = v.geometry();
        ImageStack stack = new ImageStack(g.nx(), g.ny());
        for (int k = 0; k < g.nz(); k++) {
            stack.addSlice(null, VolumeStack.slicePixels(v, k));
        }
        return calibrated(new ImagePlus("volume", stack), v);
    }

    /**
     * The volume as an ImageJ image without copying its voxels: a read-only virtual stack whose slices are made when
     * ImageJ asks for them, the same values and calibration as {@link #toImagePlus(Volume)}. What the viewer holds.
     */
    public static ImagePlus toVirtualImagePlus(Volume v) {
        return calibrated(new ImagePlus("volume", new VolumeStack(v)), v);
    }

    private static ImagePlus calibrated(ImagePlus imp, Volume v) {
        ImageGeometry g = v.geometry();
        Calibration cal = calibration(imp, g);
        if (v.isShortBacked()) {
            cal.setSigned16BitCalibration();
        }
        cal.setValueUnit(v.unit().isEmpty() ? Calibration.DEFAULT_VALUE_UNIT : v.unit());
        imp.setCalibration(cal);
        imp.setProp(UNIT_PROPERTY, v.unit());
        return imp;
    }

    public static ImagePlus toImagePlus(Mask m) {
        ImageGeometry g = m.geometry();
        ImageStack stack = new ImageStack(g.nx(), g.ny());
        int size = g.sliceSize();
        for (int k = 0; k < g.nz(); k++) {
            byte[] pixels = new byte[size];
            for (int n = 0; n < size; n++) {
                pixels[n] = m.contains(k * size + n) ? (byte) 255 : 0;
            }
            stack.addSlice(null, pixels);
        }
        ImagePlus imp = new ImagePlus("mask", stack);
        imp.setCalibration(calibration(imp, g));
        return imp;
    }

    /** Back to a volume on the geometry stored by {@link #toImagePlus(Volume)}, else axis-aligned from Calibration. */
    public static Volume toVolume(ImagePlus imp) {
        return toVolume(imp, geometryOf(imp));
    }

    /**
     * Back to a volume on {@code geometry}. 8- and 16-bit values go through the image's calibration function (so
     * the signed 16-bit offset is undone) and give a 16-bit volume when they fit; 32-bit images give float volumes.
     */
    public static Volume toVolume(ImagePlus imp, ImageGeometry geometry) {
        checkSize(imp, geometry);
        String unit = imp.getProp(UNIT_PROPERTY);
        if (unit == null) {
            String valueUnit = imp.getCalibration().getValueUnit();
            unit = Calibration.DEFAULT_VALUE_UNIT.equals(valueUnit) ? "" : valueUnit;
        }
        int size = geometry.sliceSize();
        if (imp.getBitDepth() == 32) {
            float[] voxels = new float[geometry.voxelCount()];
            for (int k = 0; k < geometry.nz(); k++) {
                System.arraycopy((float[]) imp.getStack().getPixels(k + 1), 0, voxels, k * size, size);
            }
            return Volume.ofFloats(geometry, voxels, unit);
        }
        VolumeBuilder builder = new VolumeBuilder(geometry);
        float[] values = new float[size];
        for (int k = 0; k < geometry.nz(); k++) {
            sliceValues(imp, k, values);
            for (int n = 0; n < size; n++) {
                builder.put(k * size + n, values[n]);
            }
        }
        return builder.build(unit);
    }

    /** A mask on {@code geometry}: every pixel whose (calibrated) value is non-zero and not NaN is inside. */
    public static Mask toMask(ImagePlus imp, ImageGeometry geometry) {
        checkSize(imp, geometry);
        int size = geometry.sliceSize();
        byte[] voxels = new byte[geometry.voxelCount()];
        float[] values = new float[size];
        for (int k = 0; k < geometry.nz(); k++) {
            sliceValues(imp, k, values);
            for (int n = 0; n < size; n++) {
                voxels[k * size + n] = values[n] != 0 && !Float.isNaN(values[n]) ? (byte) 1 : 0;
            }
        }
        return Mask.of(geometry, voxels);
    }

    /**
     * Rasterises outlines drawn on slices (key: slice index k from 0) with ImageJ's own pixel-inclusion rule
     * ({@link Roi#getMask()}; null for plain rectangles, which cover their bounds). Parts outside the image are
     * dropped; a null ROI leaves its slice empty.
     *
     * @throws IllegalArgumentException for a slice index outside the grid or a ROI without area (line, point)
     */
    public static Mask maskFromRois(ImageGeometry geometry, Map<Integer, Roi> roisBySlice) {
        byte[] voxels = new byte[geometry.voxelCount()];
        int nx = geometry.nx();
        int ny = geometry.ny();
        for (Map.Entry<Integer, Roi> e : roisBySlice.entrySet()) {
            Integer k = e.getKey();
            Roi roi = e.getValue();
            if (k == null || k < 0 || k >= geometry.nz()) {
                throw new IllegalArgumentException("slice " + k + " is outside the image (0 to " + (geometry.nz() - 1)
                        + ")");
            }
            if (roi == null) {
                continue;
            }
            if (!roi.isArea()) {
                throw new IllegalArgumentException("the ROI on slice " + k + " is a " + roi.getTypeAsString()
                        + ", not an outline with an area");
            }
            Rectangle b = roi.getBounds();
            ImageProcessor m = roi.getMask();
            int offset = k * geometry.sliceSize();
            for (int y = Math.max(0, b.y); y < Math.min(ny, b.y + b.height); y++) {
                for (int x = Math.max(0, b.x); x < Math.min(nx, b.x + b.width); x++) {
                    if (m == null || m.get(x - b.x, y - b.y) != 0) {
                        voxels[offset + y * nx + x] = 1;
                    }
                }
            }
        }
        return Mask.of(geometry, voxels);
    }

    /** The stored geometry when it matches the image size (it may have been cropped), else one from Calibration. */
    static ImageGeometry geometryOf(ImagePlus imp) {
        int nz = checkedDepth(imp);
        String stored = imp.getProp(GEOMETRY_PROPERTY);
        if (stored != null) {
            ImageGeometry g = parseGeometry(stored);
            if (g != null && g.nx() == imp.getWidth() && g.ny() == imp.getHeight() && g.nz() == nz) {
                return g;
            }
        }
        Calibration cal = imp.getCalibration();
        double mm = mmPerUnit(cal.getUnit());
        double[] spacing = {cal.pixelWidth * mm, cal.pixelHeight * mm, cal.pixelDepth * mm};
        double[] origin = {-cal.xOrigin * spacing[0], -cal.yOrigin * spacing[1], -cal.zOrigin * spacing[2]};
        return ImageGeometry.axisAligned(imp.getWidth(), imp.getHeight(), nz, spacing, origin);
    }

    private static Calibration calibration(ImagePlus imp, ImageGeometry g) {
        Calibration cal = imp.getCalibration();
        cal.setUnit("mm");
        cal.pixelWidth = g.spacing(0);
        cal.pixelHeight = g.spacing(1);
        cal.pixelDepth = g.spacing(2);
        double[] d = g.direction();
        boolean identity = d[0] == 1 && d[4] == 1 && d[8] == 1 && d[1] == 0 && d[2] == 0 && d[3] == 0 && d[5] == 0
                && d[6] == 0 && d[7] == 0;
        if (identity) {
            double[] o = g.origin();
            cal.xOrigin = -o[0] / g.spacing(0);
            cal.yOrigin = -o[1] / g.spacing(1);
            cal.zOrigin = -o[2] / g.spacing(2);
        }
        imp.setProp(GEOMETRY_PROPERTY, formatGeometry(g));
        return cal;
    }

    static String formatGeometry(ImageGeometry g) {
        StringBuilder sb = new StringBuilder().append(g.nx()).append(' ').append(g.ny()).append(' ').append(g.nz());
        for (double[] part : new double[][] {g.spacing(), g.origin(), g.direction()}) {
            for (double x : part) {
                sb.append(' ').append(x); // Double.toString round-trips exactly
            }
        }
        return sb.toString();
    }

    /** Null when the text is not a geometry written by {@link #formatGeometry}. */
    static ImageGeometry parseGeometry(String text) {
        String[] f = text.trim().split("\\s+");
        if (f.length != 18) {
            return null;
        }
        try {
            double[] v = new double[15];
            for (int n = 0; n < 15; n++) {
                v[n] = Double.parseDouble(f[n + 3]);
            }
            return new ImageGeometry(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    java.util.Arrays.copyOfRange(v, 0, 3), java.util.Arrays.copyOfRange(v, 3, 6),
                    java.util.Arrays.copyOfRange(v, 6, 15));
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            return null;
        }
    }

    /** Calibrated values of slice k: raw pixels through the calibration table (8/16-bit) or as is (32-bit). */
    private static void sliceValues(ImagePlus imp, int k, float[] out) {
        Object pixels = imp.getStack().getPixels(k + 1);
        float[] table = imp.getCalibration().getCTable();
        if (pixels instanceof byte[] b) {
            for (int n = 0; n < out.length; n++) {
                out[n] = table == null ? b[n] & 0xff : table[b[n] & 0xff];
            }
        } else if (pixels instanceof short[] s) {
            for (int n = 0; n < out.length; n++) {
                out[n] = table == null ? s[n] & 0xffff : table[s[n] & 0xffff];
            }
        } else if (pixels instanceof float[] f) {
            System.arraycopy(f, 0, out, 0, out.length);
        } else {
            throw new BadInputException(null, "RGB images cannot be used as CT or masks; convert the image to"
                    + " 8-, 16- or 32-bit grayscale first");
        }
    }

    private static void checkSize(ImagePlus imp, ImageGeometry g) {
        int nz = checkedDepth(imp);
        if (imp.getWidth() != g.nx() || imp.getHeight() != g.ny() || nz != g.nz()) {
            throw new IllegalArgumentException("image is " + imp.getWidth() + "x" + imp.getHeight() + "x" + nz
                    + " but the geometry is " + g.nx() + "x" + g.ny() + "x" + g.nz());
        }
    }

    private static int checkedDepth(ImagePlus imp) {
        if (imp.getNChannels() > 1 || imp.getNFrames() > 1) {
            throw new BadInputException(null, "the image has " + imp.getNChannels() + " channels and "
                    + imp.getNFrames() + " time points; choose a single 3D volume");
        }
        return imp.getStackSize();
    }

    private static double mmPerUnit(String unit) {
        return switch (unit == null ? "" : unit.toLowerCase(Locale.ROOT)) {
            case "cm" -> 10;
            case "m", "meter", "metre" -> 1000;
            case "um", "µm", "micron", "microns" -> 1e-3;
            case "nm" -> 1e-6;
            case "inch", "inches" -> 25.4;
            default -> 1; // mm, and "pixel" for uncalibrated images (spacing 1)
        };
    }
}
