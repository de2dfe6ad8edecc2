package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * Compares a filter's response on an IBSI-2 digital phantom with the phase-1 consensus response map
 * ({@code ../shared/reference/ibsi2/response_maps}): every voxel must lie within 1 % of the reference map's
 * intensity range (IBSI-2 phase-1 criterion). Skips when the shared data are absent.
 */
final class ReferenceMaps {

    private ReferenceMaps() {
    }

    /** The filter from its spec parameters, as the spec reader would build it. */
    static ImageFilter filter(String kind, Map<String, Object> parameters, boolean twoD, BoundaryCondition padding) {
        FilterParameters p = new FilterParameters(Path.of(kind + ".yaml"), parameters);
        ImageFilter f = FilterRegistry.factory(kind).create(p, twoD, padding);
        p.requireAllUsed();
        return f;
    }

    /** Runs {@code filter} on {@code phantom} and checks it against map {@code test} (e.g. "5_a_1"); worst % of range. */
    static double check(String test, String phantom, ImageFilter filter) throws Exception {
        Path image = SharedData.require("data/ibsi/ibsi_2_digital_phantom/nifti/" + phantom + "/image/" + phantom
                + ".nii.gz");
        Path reference = SharedData.require("reference/ibsi2/response_maps/" + test + "-ValidCRM.nii.gz");
        Volume in = Nifti.readVolume(image);
        Volume ref = Nifti.readVolume(reference);
        ImageGeometry g = in.geometry();
        assertTrue(g.sameGrid(ref.geometry(), 1e-6), "reference on the phantom grid");
        long start = System.nanoTime();
        float[] out = filter.apply(in.toFloatArray(), g);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(g.voxelCount(), out.length);
        float[] range = ref.range();
        double span = range[1] - range[0];
        double tolerance = 0.01 * span;
        int failing = 0;
        int worst = 0;
        double worstError = -1;
        for (int v = 0; v < out.length; v++) {
            double e = Math.abs(out[v] - ref.get(v));
            if (e > tolerance) {
                failing++;
            }
            if (e > worstError) {
                worstError = e;
                worst = v;
            }
        }
        int i = worst % g.nx();
        int j = (worst / g.nx()) % g.ny();
        int k = worst / g.sliceSize();
        String report = String.format(Locale.ROOT,
                "IBSI-2 %s (%s, %s): worst voxel (%d, %d, %d) ours %.6g reference %.6g, error %.3g %% of range"
                        + " %.6g; %d voxels beyond 1 %%; %.2f s",
                test, phantom, filter.imageTypeName(), i, j, k, out[worst], ref.get(worst), 100 * worstError / span,
                span, failing, seconds);
        System.out.println(report);
        assertEquals(0, failing, report);
        return 100 * worstError / span;
    }
}
