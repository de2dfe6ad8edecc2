package org.tacerisk.cohort.synth;

import java.util.SplittableRandom;

/**
 * One liver tumour: a sphere whose radius varies with direction by a few randomly oriented zonal spherical
 * harmonics (Legendre P2–P4 bumps, i.e. lobulation), filled with an enhancing rim, viable tumour and a necrotic
 * core, plus a smooth texture field. The index tumour's irregularity and texture amplitude carry the latent image
 * traits of {@link SyntheticPatient}; satellite nodules are small and nearly round.
 */
final class Tumour {

    private static final int BUMPS = 5;
    /** The radius never shrinks below this fraction or grows above that multiple, whatever the bumps add up to. */
    private static final double MIN_FACTOR = 0.45;
    private static final double MAX_FACTOR = 1.8;

    /** Intensities in HU and the rim thickness in mm. */
    record Look(double rimHu, double viableHu, double necrosisHu, double rimMm, double necrosisFraction,
            double textureHu) {
    }

    private final double cx;
    private final double cy;
    private final double cz;
    private final double radiusMm;
    private final double irregularity;
    private final double[][] axes = new double[BUMPS][];
    private final int[] degrees = new int[BUMPS];
    private final double[] weights = new double[BUMPS];
    private final SmoothField texture;
    private final Look look;
    private final double bound;
    private final double boundSq;

    Tumour(double[] centre, double radiusMm, double irregularity, double correlationMm, Look look,
            SplittableRandom random) {
        this.cx = centre[0];
        this.cy = centre[1];
        this.cz = centre[2];
        this.radiusMm = radiusMm;
        this.irregularity = irregularity;
        this.look = look;
        double variance = 0;
        for (int j = 0; j < BUMPS; j++) {
            axes[j] = unitVector(random);
            degrees[j] = 2 + random.nextInt(3);
            weights[j] = random.nextGaussian();
            // A zonal harmonic P_l has variance 1/(2l+1) over the sphere; normalising by it makes the bump sum's
            // standard deviation over directions about 1, so `irregularity` is the relative radius variation.
            variance += weights[j] * weights[j] / (2 * degrees[j] + 1);
        }
        double norm = Math.sqrt(Math.max(variance, 1e-12));
        for (int j = 0; j < BUMPS; j++) {
            weights[j] /= norm;
        }
        this.texture = new SmoothField(random, correlationMm, 32);
        this.bound = maxSurfaceRadius() * 1.03 + 0.5;
        this.boundSq = bound * bound;
    }

    /**
     * The largest surface radius over a dense, even set of directions (a Fibonacci sphere). Much tighter than the
     * worst case of the bumps, which lets satellites pack around lobulated index tumours; the 3 % margin above covers
     * the directions between the samples.
     */
    private double maxSurfaceRadius() {
        int samples = 4000;
        double golden = Math.PI * (3 - Math.sqrt(5));
        double max = 0;
        for (int n = 0; n < samples; n++) {
            double z = 1 - 2 * (n + 0.5) / samples;
            double s = Math.sqrt(1 - z * z);
            max = Math.max(max, surfaceRadius(s * Math.cos(golden * n), s * Math.sin(golden * n), z));
        }
        return max;
    }

    double radiusMm() {
        return radiusMm;
    }

    double[] centre() {
        return new double[] {cx, cy, cz};
    }

    /** Radius used for overlap tests and cheap rejection: the largest the surface reaches, plus a margin. */
    double boundingRadiusMm() {
        return bound;
    }

    /**
     * Normalised radial coordinate of a point: its distance from the centre over the surface radius in its
     * direction. Inside when ≤ 1; {@code Double.POSITIVE_INFINITY} when clearly outside (cheap rejection).
     */
    double rho(double x, double y, double z) {
        double dx = x - cx;
        double dy = y - cy;
        double dz = z - cz;
        double d2 = dx * dx + dy * dy + dz * dz;
        if (d2 > boundSq) {
            return Double.POSITIVE_INFINITY;
        }
        double d = Math.sqrt(d2);
        if (d < 1e-9) {
            return 0;
        }
        return d / surfaceRadius(dx / d, dy / d, dz / d);
    }

    /** Surface radius (mm) along unit direction u. */
    double surfaceRadius(double ux, double uy, double uz) {
        double bumps = 0;
        for (int j = 0; j < BUMPS; j++) {
            double t = ux * axes[j][0] + uy * axes[j][1] + uz * axes[j][2];
            bumps += weights[j] * legendre(degrees[j], t);
        }
        double factor = Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, 1 + irregularity * bumps));
        return radiusMm * factor;
    }

    /** Noiseless HU at a point inside the tumour ({@code rho} from {@link #rho}, ≤ 1). */
    double hu(double x, double y, double z, double rho) {
        double f = texture.at(x, y, z);
        // The necrotic border follows the texture so that necrosis is irregular, not a perfect inner sphere.
        double core = look.necrosisFraction() * (1 + 0.25 * f);
        double tCore = smoothstep(core - 0.06, core + 0.06, rho);
        double depthMm = (1 - rho) * radiusMm;
        double tRim = smoothstep(look.rimMm() - 1.0, look.rimMm() + 1.0, depthMm);
        double value = look.necrosisHu() + (look.viableHu() - look.necrosisHu()) * tCore;
        value = look.rimHu() + (value - look.rimHu()) * tRim;
        // Fluid in the necrotic core is less textured than the enhancing tissue around it.
        return value + look.textureHu() * f * (0.4 + 0.6 * tCore);
    }

    static double legendre(int degree, double t) {
        double t2 = t * t;
        return switch (degree) {
            case 2 -> 0.5 * (3 * t2 - 1);
            case 3 -> 0.5 * t * (5 * t2 - 3);
            case 4 -> 0.125 * (35 * t2 * t2 - 30 * t2 + 3);
            default -> throw new IllegalArgumentException("degree " + degree);
        };
    }

    private static double smoothstep(double lo, double hi, double x) {
        double t = Math.max(0, Math.min(1, (x - lo) / (hi - lo)));
        return t * t * (3 - 2 * t);
    }

    static double[] unitVector(SplittableRandom random) {
        double z = 2 * random.nextDouble() - 1;
        double phi = 2 * Math.PI * random.nextDouble();
        double s = Math.sqrt(1 - z * z);
        return new double[] {s * Math.cos(phi), s * Math.sin(phi), z};
    }
}
