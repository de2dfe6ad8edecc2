package org.tacerisk.image;

import java.util.SplittableRandom;

/**
 * A small synthetic abdominal CT with one liver tumour, for the shipped demo and for tests. Clearly synthetic:
 * ellipses and spheres at typical portal-venous HU with Gaussian noise. Deterministic for a given seed.
 */
public final class DemoPhantom {

    /** The CT (HU, int16) and the tumour mask on the same grid. */
    public record Phantom(Volume ct, Mask tumour) {
    }

    private static final double AIR = -1000;
    private static final double FAT = -100;
    private static final double MUSCLE = 45;
    private static final double LIVER = 100;
    private static final double BONE = 600;
    private static final double TUMOUR_RIM = 130;
    private static final double NECROSIS = 20;

    private DemoPhantom() {
    }

    /** A 128 × 128 × 40 phantom at 2.5 × 2.5 × 2.5 mm (about 0.65 M voxels: converts in well under a second). */
    public static Phantom small(long seed) {
        return abdomen(128, 128, 40, new double[] {2.5, 2.5, 2.5}, seed);
    }

    public static Phantom abdomen(int nx, int ny, int nz, double[] spacing, long seed) {
        double[] origin = {-(nx - 1) * spacing[0] / 2, -(ny - 1) * spacing[1] / 2, -(nz - 1) * spacing[2] / 2};
        ImageGeometry geometry = ImageGeometry.axisAligned(nx, ny, nz, spacing, origin);
        short[] hu = new short[geometry.voxelCount()];
        byte[] tumour = new byte[hu.length];
        SplittableRandom random = new SplittableRandom(seed);
        double bodyA = 0.42 * nx * spacing[0];
        double bodyB = 0.32 * ny * spacing[1];
        double tumourRadius = 0.09 * nx * spacing[0];
        double[] tumourCentre = {-0.16 * nx * spacing[0], -0.02 * ny * spacing[1], 0};
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double[] p = geometry.indexToPhysical(i, j, k);
                    double body = sq(p[0] / bodyA) + sq(p[1] / bodyB);
                    double value;
                    if (body > 1) {
                        value = AIR;
                    } else if (body > 0.85) {
                        value = FAT;
                    } else if (sq((p[0] + 0.15 * nx * spacing[0]) / (0.2 * nx * spacing[0]))
                            + sq((p[1] + 0.02 * ny * spacing[1]) / (0.18 * ny * spacing[1])) <= 1) {
                        value = LIVER;
                    } else if (sq(p[0] / (0.05 * nx * spacing[0])) + sq((p[1] - 0.2 * ny * spacing[1])
                            / (0.05 * ny * spacing[1])) <= 1) {
                        value = BONE;
                    } else {
                        value = MUSCLE;
                    }
                    double r = Math.sqrt(sq(p[0] - tumourCentre[0]) + sq(p[1] - tumourCentre[1])
                            + sq(1.3 * (p[2] - tumourCentre[2])));
                    int n = geometry.index(i, j, k);
                    if (r <= tumourRadius) {
                        tumour[n] = 1;
                        value = r > 0.7 * tumourRadius ? TUMOUR_RIM : NECROSIS + 40 * (r / tumourRadius);
                    }
                    if (value > AIR) {
                        value += 12 * random.nextGaussian();
                    }
                    hu[n] = (short) Math.round(value);
                }
            }
        }
        return new Phantom(Volume.ofShorts(geometry, hu, Volume.HU), Mask.of(geometry, tumour));
    }

    private static double sq(double x) {
        return x * x;
    }
}
