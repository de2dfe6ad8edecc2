package org.tacerisk.radiomics.filter;

import org.tacerisk.image.ImageGeometry;

/**
 * Test images that derivative-type filters must annihilate (constants, linear ramps) or map to a known constant
 * (quadratics), on the grids of issue 11, and the worst response over the voxels whose filter support stays inside
 * the image.
 */
final class PolynomialImages {

    /** A thick-slice CT grid of the issue: 0.98 × 0.98 × 3.27 mm. */
    static final ImageGeometry THICK = ImageGeometry.axisAligned(48, 48, 20, new double[] {0.98, 0.98, 3.27},
            new double[3]);

    /** An isotropic 1 mm grid (what IBSI-2 phase 2 resamples to). */
    static final ImageGeometry ISO_1MM = ImageGeometry.axisAligned(44, 44, 44, new double[] {1, 1, 1},
            new double[3]);

    /** A polynomial of the position in mm from the grid's centre. */
    @FunctionalInterface
    interface Polynomial {
        double at(double x, double y, double z);
    }

    private PolynomialImages() {
    }

    static float[] image(ImageGeometry g, Polynomial f) {
        float[] v = new float[g.voxelCount()];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    v[g.index(i, j, k)] = (float) f.at(mm(g, 0, i), mm(g, 1, j), mm(g, 2, k));
                }
            }
        }
        return v;
    }

    static float[] constant(ImageGeometry g, double value) {
        return image(g, (x, y, z) -> value);
    }

    /** Position along {@code axis} in mm from the grid's centre. */
    static double mm(ImageGeometry g, int axis, int index) {
        int n = axis == 0 ? g.nx() : axis == 1 ? g.ny() : g.nz();
        return (index - (n - 1) / 2.0) * g.spacing(axis);
    }

    /** max |response − expected| over every voxel at least {@code margin[a]} voxels from both ends of each axis. */
    static double worstInterior(float[] response, ImageGeometry g, int[] margin, double expected) {
        double worst = 0;
        for (int k = margin[2]; k < g.nz() - margin[2]; k++) {
            for (int j = margin[1]; j < g.ny() - margin[1]; j++) {
                for (int i = margin[0]; i < g.nx() - margin[0]; i++) {
                    worst = Math.max(worst, Math.abs(response[g.index(i, j, k)] - expected));
                }
            }
        }
        if (margin[0] * 2 >= g.nx() || margin[1] * 2 >= g.ny() || margin[2] * 2 >= g.nz()) {
            throw new IllegalArgumentException("no interior voxel: margins " + java.util.Arrays.toString(margin));
        }
        return worst;
    }

    /** max |response − expected| over every voxel. */
    static double worst(float[] response, double expected) {
        double worst = 0;
        for (float v : response) {
            worst = Math.max(worst, Math.abs(v - expected));
        }
        return worst;
    }
}
