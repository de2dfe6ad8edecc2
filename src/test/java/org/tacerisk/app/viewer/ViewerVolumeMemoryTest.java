package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.ImagePlus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * Issue 13's heap target (peak ≤ 3 × the series' voxel bytes): the viewer must not hold a second copy of the voxels.
 * It used to draw from an ImageJ stack of the whole series, so showing a series took twice its voxel bytes before any
 * load buffer or frame.
 */
class ViewerVolumeMemoryTest {

    /** 512 × 512 × 256 16-bit voxels: 128 MiB. */
    private static final int SLICES = 256;

    /**
     * A fresh JVM whose heap is 1.6 × the voxel bytes creates the series, opens it in the viewer and draws all three
     * views at 1000 × 1000: with a copy of the voxels (2 ×) it runs out of memory.
     */
    @Test
    void showingASeriesFitsInOnePointSixTimesItsVoxelBytes() throws IOException, InterruptedException {
        long voxelBytes = 2L * 512 * 512 * SLICES;
        long heap = voxelBytes * 16 / 10;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx" + (heap >> 20) + "m", "-XX:+UseG1GC",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ShowSeries.class.getName())).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), "the viewer needed more than 1.6 × the voxel bytes:\n" + output);
    }

    /** The greys equal those of ImageJ's calibrated values (the stack the viewer used to draw from), extremes too. */
    @Test
    void drawnValuesAreImageJsCalibratedValues() {
        ImageGeometry g = ImageGeometry.axisAligned(4, 2, 1, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        short[] hu = {Short.MIN_VALUE, -1024, -1, 0, 1, 40, 3071, Short.MAX_VALUE};
        ViewerVolume volume = ViewerVolume.of(Volume.ofShorts(g, hu.clone(), Volume.HU));
        ImagePlus imageJ = org.tacerisk.image.ImageJBridge.toImagePlus(volume.volume());
        PlaneSampler sampler = new PlaneSampler();
        SliceGeometry axial = new SliceGeometry(g, Orientation.AXIAL);
        sampler.sample(volume, axial, 0);
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 4; column++) {
                int[] voxel = axial.voxel(column, row, 0);
                int raw = sampler.shorts()[row * 4 + column] & 0xffff;
                double imageJValue = imageJ.getStack().getProcessor(1).getPixel(voxel[0], voxel[1]);
                assertEquals(imageJValue, raw, "raw index of voxel " + voxel[0] + "," + voxel[1]);
                assertEquals(imageJValue, volume.imagePlus().getStack().getProcessor(1).getPixel(voxel[0],
                        voxel[1]), "the viewer's ImageJ image");
                assertEquals(imageJ.getCalibration().getCValue(raw), volume.calibrationTable()[raw]);
                assertEquals(hu[voxel[0] + 4 * voxel[1]], volume.value(voxel[0], voxel[1], 0));
            }
        }
    }

    /** The child JVM: a 512 × 512 × {@value #SLICES} CT shown in the three views. */
    static final class ShowSeries {

        public static void main(String[] args) {
            ImageGeometry g = ImageGeometry.axisAligned(512, 512, SLICES, new double[] {0.7, 0.7, 1},
                    new double[] {0, 0, 0});
            short[] hu = new short[g.voxelCount()];
            for (int n = 0; n < hu.length; n++) {
                hu[n] = (short) (n % 2000 - 1000);
            }
            ViewerModel model = new ViewerModel();
            model.setVolume(Volume.ofShorts(g, hu, Volume.HU));
            for (Orientation o : Orientation.values()) {
                model.resizeView(o, 1000, 1000);
                new ViewFrame().render(model, o, 1);
            }
        }
    }
}
