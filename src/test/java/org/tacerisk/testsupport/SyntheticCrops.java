package org.tacerisk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tacerisk.deep.InputSpec;
import org.tacerisk.deep.TrainingCase;

/**
 * Synthetic tumour crops for deep-learning tests (values in about [0, 1], like windowed CT): a round blob at a
 * jittered position and size on a noisy background. Outcome 0: a bright, smooth, homogeneous blob. Outcome 1: a
 * darker, heterogeneous (textured) blob with a bright rim. Neighbour-slice channels have a slightly smaller radius.
 */
public final class SyntheticCrops {

    private SyntheticCrops() {
    }

    /** {@code n} cases, alternating outcomes (half each), reproducible from {@code seed}. */
    public static List<TrainingCase> cases(InputSpec spec, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrainingCase> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            out.add(new TrainingCase("synthetic-" + i, crop(spec, label, random), label));
        }
        return out;
    }

    /** One crop of the given outcome. */
    public static float[] crop(InputSpec spec, int label, SplittableRandom random) {
        int n = spec.size();
        int channels = spec.channels();
        int ct = channels - (spec.maskChannel() ? 1 : 0);
        double cx = n / 2.0 + (random.nextDouble() * 2 - 1) * n / 10.0;
        double cy = n / 2.0 + (random.nextDouble() * 2 - 1) * n / 10.0;
        double r = n * (0.14 + 0.1 * random.nextDouble());
        double background = 0.3 + 0.1 * random.nextDouble();
        float[] chw = new float[spec.length()];
        for (int c = 0; c < ct; c++) {
            double rc = r * (c == ct / 2 ? 1.0 : 0.85);
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double d = Math.hypot(x - cx, y - cy) / rc;
                    double v = background;
                    if (label == 0) {
                        v += 0.4 / (1 + Math.exp((d - 1) * 8));
                    } else {
                        double inside = 1 / (1 + Math.exp((d - 1) * 8));
                        v += inside * (0.15 + 0.25 * (random.nextDouble() - 0.5))
                                + 0.35 * Math.exp(-Math.pow((d - 1) * 5, 2));
                    }
                    v += 0.05 * gaussian(random);
                    chw[(c * n + y) * n + x] = (float) v;
                }
            }
        }
        if (spec.maskChannel()) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    chw[(ct * n + y) * n + x] = Math.hypot(x - cx, y - cy) <= r ? 1f : 0f;
                }
            }
        }
        return chw;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
