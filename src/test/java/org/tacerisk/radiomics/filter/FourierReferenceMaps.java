package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.testsupport.SharedData;

/**
 * Test support: the IBSI-2 digital phantoms and reference response maps in the shared data, and the phase-1
 * acceptance check (every voxel within 1 % of the reference map's intensity range).
 */
final class FourierReferenceMaps {

    private FourierReferenceMaps() {
    }

    static Volume phantom(String name) throws IOException {
        return Nifti.readVolume(SharedData.require("data/ibsi/ibsi_2_digital_phantom/nifti/" + name + "/image/" + name
                + ".nii.gz"));
    }

    static Volume reference(String test) throws IOException {
        Path p = SharedData.require("reference/ibsi2/response_maps/" + test + "-ValidCRM.nii.gz");
        return Nifti.readVolume(p);
    }

    /** Worst |error| as a percentage of the reference range, and the number of voxels beyond 1 % of it. */
    record Result(double worstPercent, int failing, int worst, double value, double expected) {
        String describe(String test, ImageGeometry g) {
            int i = worst % g.nx();
            int j = (worst / g.nx()) % g.ny();
            int k = worst / (g.nx() * g.ny());
            return String.format("IBSI-2 %s: worst error %.4f %% of range at (i %d, j %d, k %d): value %.6g, reference"
                    + " %.6g; %d voxels beyond 1 %%", test, worstPercent, i, j, k, value, expected, failing);
        }
    }

    static Result compare(float[] response, Volume reference) {
        float[] minMax = reference.range();
        double range = (double) minMax[1] - minMax[0];
        int failing = 0;
        int worst = 0;
        double worstError = -1;
        for (int n = 0; n < response.length; n++) {
            double err = Math.abs((double) response[n] - reference.get(n));
            if (!(err <= 0.01 * range)) {
                failing++;
            }
            if (Double.isNaN(err) || err > worstError) {
                worstError = Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
                worst = n;
            }
        }
        return new Result(100 * worstError / range, failing, worst, response[worst], reference.get(worst));
    }

    /** Applies {@code filter} to {@code phantom} and fails (worst voxel and count) unless it matches {@code test}. */
    static Result check(String test, String phantom, ImageFilter filter) throws IOException {
        Volume image = phantom(phantom);
        Volume reference = reference(test);
        long start = System.nanoTime();
        float[] response = filter.apply(image.toFloatArray(), image.geometry());
        double ms = (System.nanoTime() - start) / 1e6;
        Result r = compare(response, reference);
        String text = r.describe(test, reference.geometry()) + String.format(" [%s, %.0f ms]", filter.imageTypeName(),
                ms);
        System.out.println(text);
        if (r.failing > 0) {
            fail(text);
        }
        return r;
    }
}
