package org.tacerisk.deep;

import java.util.SplittableRandom;

/**
 * Training-time augmentation of a channel-major crop: random horizontal and vertical flips, a small rotation about
 * the crop centre (bilinear resampling, border values repeated) and an intensity jitter (one gain and one offset
 * per crop, applied to the CT channels, never to a mask channel). Every channel gets the same geometric transform.
 * All randomness comes from the caller's generator, so a seeded run is reproducible.
 *
 * @param maxRotationDegrees rotation drawn uniformly from ±this (0: none)
 * @param flips              random flips along each axis with probability ½
 * @param gainJitter         gain drawn uniformly from 1 ± this
 * @param offsetJitter       offset drawn uniformly from ± this (inputs are in [0, 1])
 */
public record Augmenter(double maxRotationDegrees, boolean flips, double gainJitter, double offsetJitter) {

    public Augmenter {
        if (maxRotationDegrees < 0 || maxRotationDegrees > 180 || gainJitter < 0 || gainJitter >= 1
                || offsetJitter < 0) {
            throw new IllegalArgumentException("invalid augmentation: rotation ±" + maxRotationDegrees
                    + "°, gain ±" + gainJitter + ", offset ±" + offsetJitter);
        }
    }

    /** Flips, ±10°, gain ±10 %, offset ±0.05. */
    public static Augmenter defaults() {
        return new Augmenter(10, true, 0.1, 0.05);
    }

    /** No augmentation. */
    public static Augmenter none() {
        return new Augmenter(0, false, 0, 0);
    }

    /** A new augmented copy of {@code chw}; the input is left as it is. */
    public float[] apply(float[] chw, InputSpec spec, SplittableRandom random) {
        if (chw.length != spec.length()) {
            throw new IllegalArgumentException("crop has " + chw.length + " values, the spec needs " + spec.length());
        }
        boolean flipX = flips && random.nextBoolean();
        boolean flipY = flips && random.nextBoolean();
        double angle = maxRotationDegrees == 0 ? 0
                : Math.toRadians((2 * random.nextDouble() - 1) * maxRotationDegrees);
        double gain = gainJitter == 0 ? 1 : 1 + (2 * random.nextDouble() - 1) * gainJitter;
        double offset = offsetJitter == 0 ? 0 : (2 * random.nextDouble() - 1) * offsetJitter;
        int n = spec.size();
        int plane = n * n;
        float[] out = new float[chw.length];
        for (int c = 0; c < spec.channels(); c++) {
            transformPlane(chw, c * plane, out, n, flipX, flipY, angle);
        }
        int ctChannels = spec.channels() - (spec.maskChannel() ? 1 : 0);
        if (gain != 1 || offset != 0) {
            for (int i = 0; i < ctChannels * plane; i++) {
                out[i] = (float) (out[i] * gain + offset);
            }
        }
        return out;
    }

    /** Output pixel (x, y) takes the input at the inverse rotation of (x, y) about the centre, then the flips. */
    static void transformPlane(float[] in, int base, float[] out, int n, boolean flipX, boolean flipY,
            double angle) {
        double centre = (n - 1) / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double dx = x - centre;
                double dy = y - centre;
                double sx = centre + cos * dx + sin * dy;
                double sy = centre - sin * dx + cos * dy;
                if (flipX) {
                    sx = n - 1 - sx;
                }
                if (flipY) {
                    sy = n - 1 - sy;
                }
                out[base + y * n + x] = angle == 0 ? in[base + (int) Math.round(sy) * n + (int) Math.round(sx)]
                        : bilinear(in, base, n, sx, sy);
            }
        }
    }

    /** Bilinear sample of one n × n plane at continuous (x, y); outside, the nearest border value. */
    static float bilinear(float[] in, int base, int n, double x, double y) {
        x = Math.max(0, Math.min(n - 1, x));
        y = Math.max(0, Math.min(n - 1, y));
        int x0 = Math.min((int) Math.floor(x), n - 2);
        int y0 = Math.min((int) Math.floor(y), n - 2);
        double fx = x - x0;
        double fy = y - y0;
        int i = base + y0 * n + x0;
        double top = in[i] * (1 - fx) + in[i + 1] * fx;
        double bottom = in[i + n] * (1 - fx) + in[i + n + 1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}
