package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * The processing chain on the IBSI-1 phantoms (../shared). Configuration C's counts are IBSI diagnostic values
 * (interpolation grid 100 × 99 × 90, 45,985 voxels in the morphological mask, 45,981 in the intensity mask);
 * the digital phantom is used without processing, its intensities being grey levels 1..6.
 */
class ImageProcessingIbsiPhantomTest {

    private static Volume ctImage() throws Exception {
        return Nifti.readVolume(SharedData.ibsiCtPhantom().resolve("nifti/image/phantom.nii.gz"));
    }

    private static Mask ctMask() throws Exception {
        return Nifti.readMask(SharedData.ibsiCtPhantom().resolve("nifti/mask/mask.nii.gz"));
    }

    private static RadiomicsSettings config(String name) {
        Path file = Path.of("docs", "ibsi", name + ".yaml");
        return RadiomicsSettings.read(file);
    }

    @Test
    void configurationCMatchesIbsiDiagnostics() throws Exception {
        Volume image = ctImage();
        Mask mask = ctMask();
        ImageProcessor.Result r = ImageProcessor.processWithDiagnostics(image, mask, config("config-C"));
        ProcessingDiagnostics d = r.diagnostics();
        System.out.println("IBSI config C:\n" + d.describe());
        assertEquals(new ProcessingDiagnostics.GridSize(100, 99, 90), d.interpolationGrid());
        assertEquals(45_985, d.morphologicalVoxels(), "IBSI: voxels in the interpolated morphological mask");
        assertEquals(45_981, d.intensityVoxels(), "IBSI: voxels after re-segmentation to [-1000, 400]");
        assertEquals(45_985, r.roi().morphologicalVoxelCount());
        assertEquals(45_981, r.roi().intensityVoxelCount());
        assertMatchesReference(d, "config_C", 8.0);
        // grid centred on the original: origin of the full grid = x_a + (s_a (n_a - 1) - s_b (n_b - 1)) / 2
        ImageGeometry g = r.roi().grid();
        ImageGeometry o = image.geometry();
        double fullOriginX = o.origin()[0] + (0.977 * 203 - 2 * 99) / 2;
        double offsetX = (g.origin()[0] - fullOriginX) / 2;
        assertEquals(Math.rint(offsetX), offsetX, 1e-9, "cropped grid lies on the IBSI grid");
    }

    @Test
    void configurationsAAndB() throws Exception {
        Volume image = ctImage();
        Mask mask = ctMask();
        ProcessingDiagnostics a = ImageProcessor.processWithDiagnostics(image, mask, config("config-A"))
                .diagnostics();
        System.out.println("IBSI config A:\n" + a.describe());
        assertEquals(new ProcessingDiagnostics.GridSize(204, 201, 60), a.interpolationGrid());
        assertEquals(125_256, a.morphologicalVoxels(), "no interpolation: the mask as given");
        assertMatchesReference(a, "config_A", 0.977 * 0.977 * 3);
        ProcessingDiagnostics b = ImageProcessor.processWithDiagnostics(image, mask, config("config-B"))
                .diagnostics();
        System.out.println("IBSI config B:\n" + b.describe());
        // 204 * 0.977 / 2 = 99.65 -> 100, 201 * 0.977 / 2 = 98.19 -> 99, slices kept
        assertEquals(new ProcessingDiagnostics.GridSize(100, 99, 60), b.interpolationGrid());
        assertEquals(32, b.greyLevelCount());
        assertMatchesReference(b, "config_B", 2 * 2 * 3);
    }

    /**
     * Checks the diagnostics against IBSI reference values that follow from them alone: volume by voxel counting
     * (YEKZ) from the morphological mask, minimum / maximum intensity (1GSF, 84IY) of the intensity mask, and the
     * maximum discretised intensity (3NCY), which for FBS is N_g.
     */
    private static void assertMatchesReference(ProcessingDiagnostics d, String data, double voxelVolume)
            throws Exception {
        Map<String, double[]> ref = reference(data);
        assertNear(ref.get("YEKZ"), d.morphologicalVoxels() * voxelVolume, data + " volume (voxel counting)");
        assertNear(ref.get("1GSF"), d.afterOutliers().min(), data + " minimum intensity");
        assertNear(ref.get("84IY"), d.afterOutliers().max(), data + " maximum intensity");
        assertNear(ref.get("3NCY"), d.greyLevelCount(), data + " maximum discretised intensity (N_g)");
    }

    private static void assertNear(double[] reference, double actual, String what) {
        assertTrue(Math.abs(actual - reference[0]) <= reference[1],
                what + ": " + actual + " vs IBSI " + reference[0] + " ± " + reference[1]);
    }

    /** IBSI code → {value, tolerance} of the non-texture rows of reference_values.csv for one data set. */
    private static Map<String, double[]> reference(String data) throws Exception {
        Path csv = SharedData.require("reference/ibsi1/reference_values.csv");
        Map<String, double[]> values = new HashMap<>();
        for (String line : Files.readAllLines(csv)) {
            // family, feature, ibsi_code, aggregation, aggregation_code, variant, data, value, tolerance, ...
            // (rows with quoted fields are texture aggregations, not needed here)
            String[] f = line.split(",", -1);
            if (!line.contains("\"") && f.length > 8 && f[6].equals(data) && f[4].isEmpty() && f[5].isEmpty()
                    && !f[7].isEmpty()) {
                values.put(f[2], new double[] {Double.parseDouble(f[7]), Double.parseDouble(f[8])});
            }
        }
        return values;
    }

    @Test
    void configurationsDAndEShareConfigurationCsMorphologicalMask() throws Exception {
        // D and E interpolate the mask exactly as C does (trilinear, 2 mm, delta 0.5): same 45,985 voxels (IBSI);
        // their intensity masks differ (3 sigma filter; E also tricubic intensities). No IBSI counts exist for them.
        Volume image = ctImage();
        Mask mask = ctMask();
        for (String name : new String[] {"config-D", "config-E"}) {
            long start = System.nanoTime();
            ProcessingDiagnostics d = ImageProcessor.processWithDiagnostics(image, mask, config(name)).diagnostics();
            System.out.printf("IBSI %s (%.0f ms):%n%s%n", name, (System.nanoTime() - start) / 1e6, d.describe());
            assertEquals(new ProcessingDiagnostics.GridSize(100, 99, 90), d.interpolationGrid());
            assertEquals(45_985, d.morphologicalVoxels());
            assertEquals(32, d.greyLevelCount());
            assertTrue(d.intensityVoxels() < d.morphologicalVoxels());
        }
    }

    @Test
    void digitalPhantomIsItsOwnGreyLevels() throws Exception {
        Path dir = SharedData.require("data/ibsi/ibsi_1_digital_phantom/nifti");
        Volume image = Nifti.readVolume(dir.resolve("image/phantom.nii.gz"));
        Mask mask = Nifti.readMask(dir.resolve("mask/mask.nii.gz"));
        ImageProcessor.Result r = ImageProcessor.processWithDiagnostics(image, mask, config("digital-phantom"));
        System.out.println("IBSI digital phantom:\n" + r.diagnostics().describe());
        ProcessedRoi roi = r.roi();
        assertEquals(6, roi.greyLevelCount());
        assertEquals(mask.count(), roi.intensityVoxelCount());
        assertEquals(image.geometry(), roi.grid(), "no processing: the original grid (small enough to keep whole)");
        for (int n = 0; n < roi.greyLevels().length; n++) {
            int expected = roi.intensityMask()[n] != 0 ? (int) image.get(n) : 0;
            assertEquals(expected, roi.greyLevels()[n]);
        }
        assertEquals(Set.of(Approach.TWO_D, Approach.TWO_AND_HALF_D, Approach.THREE_D),
                config("digital-phantom").approaches());
    }
}
