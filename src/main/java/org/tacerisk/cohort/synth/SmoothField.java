package org.tacerisk.cohort.synth;

import java.util.SplittableRandom;

/**
 * A smooth, stationary random field with zero mean, unit variance and an approximately Gaussian covariance
 * exp(−d² / 2ℓ²): a sum of cosine waves whose wave vectors are drawn from N(0, ℓ⁻²) per axis (random Fourier
 * features). Cheap to evaluate anywhere, needs no grid, and is the same for a given random stream whatever voxel
 * size samples it — so the small and full renderings of a patient show the same texture.
 */
final class SmoothField {

    private final double[] kx;
    private final double[] ky;
    private final double[] kz;
    private final double[] phase;
    private final double scale;

    SmoothField(SplittableRandom random, double correlationMm, int waves) {
        kx = new double[waves];
        ky = new double[waves];
        kz = new double[waves];
        phase = new double[waves];
        for (int n = 0; n < waves; n++) {
            kx[n] = random.nextGaussian() / correlationMm;
            ky[n] = random.nextGaussian() / correlationMm;
            kz[n] = random.nextGaussian() / correlationMm;
            phase[n] = random.nextDouble() * 2 * Math.PI;
        }
        // Each cos term with a uniform phase has variance 1/2; this makes the sum's variance 1.
        scale = Math.sqrt(2.0 / waves);
    }

    double at(double x, double y, double z) {
        double sum = 0;
        for (int n = 0; n < phase.length; n++) {
            sum += Math.cos(kx[n] * x + ky[n] * y + kz[n] * z + phase[n]);
        }
        return scale * sum;
    }
}
