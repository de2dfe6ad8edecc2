package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Behaviour that the reference data (n > p) does not reach: more features than patients, where glmnet's default
 * λ.min.ratio is 0.01 and the path may stop on dev.ratio > 0.999, and running out of passes.
 */
class LassoWideDataTest {

    private static final int N = 40;
    private static final int P = 100;

    private final double[][] x = new double[P][N];
    private final double[] y = new double[N];
    private final List<String> terms = new ArrayList<>();

    LassoWideDataTest() {
        Random rng = new Random(7);
        for (int j = 0; j < P; j++) {
            for (int i = 0; i < N; i++) {
                x[j][i] = rng.nextGaussian();
            }
            terms.add("f" + j);
        }
        for (int i = 0; i < N; i++) {
            y[i] = x[0][i] + 0.5 * x[1][i] + 0.5 * rng.nextGaussian() > 0 ? 1 : 0;
        }
    }

    @Test
    void defaultPathEndsAtOneHundredthOfLambdaMaxOrStopsByGlmnetsRules() {
        LassoPath path = LassoLogistic.fit(x, y, terms, LassoOptions.glmnetDefaults());
        double lambdaMax = path.lambda(0);
        assertEquals(0, path.df(0), "all coefficients are zero at λ_max");
        assertTrue(path.df(1) >= 1, "the first predictor enters just below λ_max");
        double last = path.lambda(path.size() - 1);
        assertTrue(last >= 0.01 * lambdaMax * (1 - 1e-12), "n ≤ p: λ.min.ratio = 0.01");
        if (path.size() < 100) {
            int k = path.size() - 1;
            boolean saturated = path.devRatio(k) > LassoOptions.DEVMAX;
            boolean flat = path.devRatio(k) - path.devRatio(k - 1) < LassoOptions.FDEV;
            assertTrue(saturated || flat, "an early stop needs one of glmnet's reasons");
        } else {
            assertEquals(0.01 * lambdaMax, last, 1e-10 * lambdaMax);
        }
        for (int k = 1; k < path.size(); k++) {
            assertTrue(path.devRatio(k) >= path.devRatio(k - 1) - 1e-9, "dev.ratio grows along the path");
        }
    }

    @Test
    void tightFitSatisfiesKktAlongTheWidePath() {
        LassoPath path = LassoLogistic.fit(x, y, terms, LassoOptions.glmnetDefaults());
        LassoPath tight = LassoLogistic.fit(x, y, terms, LassoOptions.tight(path.lambda()));
        for (int k = 0; k < tight.size(); k += 5) {
            LassoKkt kkt = LassoKkt.check(x, y, tight.at(k));
            assertTrue(kkt.interceptScore() < 1e-10 && kkt.maxActiveViolation() < 1e-5
                    && kkt.maxInactiveExcess() < 1e-5, "step " + (k + 1) + ": " + kkt);
        }
    }

    @Test
    void runningOutOfPassesReturnsTheLambdasBeforeWithAWarning() {
        LassoPath path = LassoLogistic.fit(x, y, terms, LassoOptions.glmnetDefaults().withThresh(1e-7, 20));
        assertTrue(path.warning().isPresent());
        assertTrue(path.warning().get().contains("maxit = 20"), path.warning().get());
        assertTrue(path.size() < 100);
    }
}
