package org.tacerisk.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.measure.Calibration;
import ij.process.ShortProcessor;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageJBridgeTest {

    private static final ImageGeometry OBLIQUE = NiftiRoundTripTest.oblique(7, 5, 4, true);
    private static final ImageGeometry AXIS = ImageGeometry.axisAligned(10, 8, 3, new double[] {0.5, 0.75, 2.0},
            new double[] {-100, 50.25, -300});

    @Test
    void shortVolumeRoundTripAndCalibratedValuesAreHu() {
        short[] voxels = new short[OBLIQUE.voxelCount()];
        Random random = new Random(11);
        for (int n = 0; n < voxels.length; n++) {
            voxels[n] = (short) random.nextInt(65536);
        }
        voxels[0] = Short.MIN_VALUE;
        voxels[1] = Short.MAX_VALUE;
        voxels[2] = -1000;
        Volume v = Volume.ofShorts(OBLIQUE, voxels.clone(), Volume.HU);
        ImagePlus imp = ImageJBridge.toImagePlus(v);
        assertEquals(16, imp.getBitDepth());
        assertEquals(4, imp.getStackSize());
        Calibration cal = imp.getCalibration();
        assertTrue(cal.isSigned16Bit());
        assertEquals("mm", cal.getUnit());
        assertEquals(0.7421875, cal.pixelWidth);
        assertEquals(2.5, cal.pixelDepth);
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 5; j++) {
                for (int i = 0; i < 7; i++) {
                    int raw = imp.getStack().getProcessor(k + 1).get(i, j);
                    assertEquals(v.get(i, j, k), cal.getCValue(raw), "HU at " + i + "," + j + "," + k);
                }
            }
        }
        assertEquals(-1000.0, cal.getCValue(imp.getProcessor().get(2, 0)));
        Volume back = ImageJBridge.toVolume(imp);
        assertTrue(back.isShortBacked());
        assertArrayEquals(voxels, back.toShortArray());
        assertEquals(OBLIQUE, back.geometry(), "geometry exactly, direction included");
        assertEquals(Volume.HU, back.unit());
    }

    @Test
    void floatVolumeRoundTripIsBitIdentical() {
        float[] voxels = new float[AXIS.voxelCount()];
        Random random = new Random(12);
        for (int n = 0; n < voxels.length; n++) {
            voxels[n] = (float) random.nextGaussian();
        }
        voxels[0] = Float.NaN;
        voxels[1] = -0.0f;
        voxels[2] = 42f; // integral values must not turn a float volume into a 16-bit one
        ImagePlus imp = ImageJBridge.toImagePlus(Volume.ofFloats(AXIS, voxels.clone(), "SUV"));
        assertEquals(32, imp.getBitDepth());
        Volume back = ImageJBridge.toVolume(imp);
        assertFalse(back.isShortBacked());
        float[] values = back.toFloatArray();
        for (int n = 0; n < voxels.length; n++) {
            assertEquals(Float.floatToRawIntBits(voxels[n]), Float.floatToRawIntBits(values[n]), "voxel " + n);
        }
        assertEquals(AXIS, back.geometry());
        assertEquals("SUV", back.unit());
    }

    /** For axis-aligned grids ImageJ's calibrated coordinates of pixel indices are the LPS voxel centres. */
    @Test
    void axisAlignedCalibrationOriginIsLps() {
        ImagePlus imp = ImageJBridge.toImagePlus(Mask.empty(AXIS));
        Calibration cal = imp.getCalibration();
        assertEquals(-100, cal.getX(0), 1e-12);
        assertEquals(50.25 + 2 * 0.75, cal.getY(2), 1e-12);
        assertEquals(-300 + 2 * 2.0, cal.getZ(2), 1e-12);
        Calibration oblique = ImageJBridge.toImagePlus(Mask.empty(OBLIQUE)).getCalibration();
        assertEquals(0, oblique.xOrigin, "no origin for rotated grids");
    }

    @Test
    void withoutStoredGeometryCalibrationGivesAxisAlignedGrid() {
        ImageStack stack = new ImageStack(3, 2);
        short[] pixels = {0, 1, 2, 3, 4, 5};
        stack.addSlice(null, new ShortProcessor(3, 2, pixels, null));
        stack.addSlice(null, new ShortProcessor(3, 2, new short[] {(short) 40000, 0, 0, 0, 0, 0}, null));
        ImagePlus imp = new ImagePlus("plain", stack);
        Calibration cal = imp.getCalibration();
        cal.setUnit("cm");
        cal.pixelWidth = 0.05;
        cal.pixelHeight = 0.05;
        cal.pixelDepth = 0.3;
        cal.xOrigin = 10;
        Volume v = ImageJBridge.toVolume(imp);
        assertArrayEquals(new double[] {0.5, 0.5, 3.0}, v.geometry().spacing(), 1e-12);
        assertArrayEquals(new double[] {-5, 0, 0}, v.geometry().origin(), 1e-12);
        assertFalse(v.isShortBacked(), "unsigned 40000 does not fit 16-bit signed");
        assertEquals(40000f, v.get(0, 0, 1));
        assertEquals(5f, v.get(2, 1, 0));

        // a stored geometry that no longer fits (the user cropped the image) is ignored
        imp.setProp(ImageJBridge.GEOMETRY_PROPERTY, ImageJBridge.formatGeometry(AXIS));
        assertEquals(3, ImageJBridge.toVolume(imp).geometry().nx());
        assertThrows(IllegalArgumentException.class, () -> ImageJBridge.toVolume(imp, AXIS));
    }

    @Test
    void maskRoundTrip() {
        byte[] voxels = new byte[OBLIQUE.voxelCount()];
        for (int n = 0; n < voxels.length; n += 3) {
            voxels[n] = 1;
        }
        Mask m = Mask.of(OBLIQUE, voxels.clone());
        ImagePlus imp = ImageJBridge.toImagePlus(m);
        assertEquals(8, imp.getBitDepth());
        assertEquals(255, imp.getStack().getProcessor(1).get(0, 0));
        assertEquals(0, imp.getStack().getProcessor(1).get(1, 0));
        Mask back = ImageJBridge.toMask(imp, OBLIQUE);
        assertEquals(0, back.differingVoxels(m));
        // a 16-bit HU image as mask: non-zero calibrated values are inside, so raw 32768 (0 HU) is outside
        Volume v = Volume.ofShorts(AXIS, new short[AXIS.voxelCount()], Volume.HU);
        assertTrue(ImageJBridge.toMask(ImageJBridge.toImagePlus(v), AXIS).isEmpty());
    }

    @Test
    void maskFromRectangleRoi() {
        Map<Integer, Roi> rois = new HashMap<>();
        rois.put(1, new Roi(2, 3, 4, 5));
        Mask m = ImageJBridge.maskFromRois(AXIS, rois);
        assertEquals(20, m.count());
        assertEquals(20, m.countInSlice(1));
        assertTrue(m.contains(2, 3, 1) && m.contains(5, 7, 1));
        assertFalse(m.contains(6, 3, 1) || m.contains(2, 3, 0) || m.contains(1, 3, 1));
        // partly outside the image: only the 3 x 3 inside part counts
        assertEquals(9, ImageJBridge.maskFromRois(AXIS, Map.of(0, new Roi(-2, -2, 5, 5))).count());
        assertEquals(AXIS, m.geometry());
    }

    @Test
    void maskFromOutlinesUsesImageJInclusionRule() {
        OvalRoi oval = new OvalRoi(1, 1, 7, 5);
        PolygonRoi triangle = new PolygonRoi(new float[] {0, 9, 0}, new float[] {0, 0, 7}, Roi.POLYGON);
        Map<Integer, Roi> rois = new HashMap<>();
        rois.put(0, oval);
        rois.put(2, triangle);
        rois.put(1, null);
        Mask m = ImageJBridge.maskFromRois(AXIS, rois);
        assertEquals(oval.getContainedPoints().length, m.countInSlice(0));
        assertEquals(triangle.getContainedPoints().length, m.countInSlice(2));
        assertEquals(0, m.countInSlice(1));
        for (java.awt.Point p : oval.getContainedPoints()) {
            assertTrue(m.contains(p.x, p.y, 0));
        }
        assertThrows(IllegalArgumentException.class, () -> ImageJBridge.maskFromRois(AXIS, Map.of(3, oval)));
        assertThrows(IllegalArgumentException.class,
                () -> ImageJBridge.maskFromRois(AXIS, Map.of(0, new Line(0, 0, 5, 5))));
    }

    /** The viewer's ImageJ image: the same pixels, calibration and geometry as the copied stack, and no writes. */
    @Test
    void aVirtualImageShowsTheVolumeAsTheCopiedStackDoesAndIsReadOnly() {
        short[] shorts = new short[OBLIQUE.voxelCount()];
        float[] floats = new float[OBLIQUE.voxelCount()];
        Random random = new Random(5);
        for (int n = 0; n < shorts.length; n++) {
            shorts[n] = (short) random.nextInt(65536);
            floats[n] = (float) random.nextGaussian() * 100;
        }
        for (Volume v : new Volume[] {Volume.ofShorts(OBLIQUE, shorts, Volume.HU),
                Volume.ofFloats(OBLIQUE, floats, "")}) {
            ImagePlus copied = ImageJBridge.toImagePlus(v);
            ImagePlus virtual = ImageJBridge.toVirtualImagePlus(v);
            assertTrue(virtual.getStack().isVirtual());
            assertEquals(copied.getBitDepth(), virtual.getBitDepth());
            assertEquals(copied.getStackSize(), virtual.getStackSize());
            for (int n = 1; n <= copied.getStackSize(); n++) {
                assertEquals(copied.getStack().getProcessor(n).getPixelsCopy().getClass(),
                        virtual.getStack().getPixels(n).getClass());
                for (int y = 0; y < OBLIQUE.ny(); y++) {
                    for (int x = 0; x < OBLIQUE.nx(); x++) {
                        assertEquals(copied.getStack().getProcessor(n).getPixelValue(x, y),
                                virtual.getStack().getProcessor(n).getPixelValue(x, y));
                    }
                }
            }
            Calibration a = copied.getCalibration();
            Calibration b = virtual.getCalibration();
            assertEquals(a.pixelWidth, b.pixelWidth);
            assertEquals(a.pixelDepth, b.pixelDepth);
            assertEquals(a.getCValue(0), b.getCValue(0));
            assertArrayEquals(v.toFloatArray(), ImageJBridge.toVolume(virtual, OBLIQUE).toFloatArray());
            ImageStack stack = virtual.getStack();
            Object changed = stack.getProcessor(1).getPixelsCopy();
            java.lang.reflect.Array.set(changed, 0, java.lang.reflect.Array.get(stack.getPixels(1), 1));
            stack.setPixels(changed, 1);
            assertEquals(v.get(0), ImageJBridge.toVolume(virtual, OBLIQUE).get(0), "a write leaves the volume as is");
        }
    }
}
