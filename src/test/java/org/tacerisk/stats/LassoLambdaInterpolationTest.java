package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code glmnet:::lambda.interp} semantics. The reference CV curves (LassoCrossValidationTest) check it on real
 * fold paths, whose λ's never coincide with the full-data ones; these cases pin the edges.
 */
class LassoLambdaInterpolationTest {

    private static final double[] LAMBDA = {1.0, 0.5, 0.25, 0.125};

    @Test
    void onAGridPointTakesThatSolution() {
        assertEquals(new LambdaInterpolation(2, 2, 1.0), LambdaInterpolation.at(LAMBDA, 0.25));
        assertEquals(new LambdaInterpolation(0, 0, 1.0), LambdaInterpolation.at(LAMBDA, 1.0));
        assertEquals(new LambdaInterpolation(3, 3, 1.0), LambdaInterpolation.at(LAMBDA, 0.125));
    }

    @Test
    void betweenGridPointsBlendsLinearlyInLambda() {
        LambdaInterpolation at = LambdaInterpolation.at(LAMBDA, 0.4);
        assertEquals(1, at.left());
        assertEquals(2, at.right());
        assertEquals(0.6, at.frac(), 1e-15);
        assertEquals(0.6 * 10 + 0.4 * 20, at.blend(10, 20), 1e-13);
    }

    @Test
    void outsideThePathClampsToItsEnds() {
        assertEquals(new LambdaInterpolation(0, 0, 1.0), LambdaInterpolation.at(LAMBDA, 3.0));
        assertEquals(new LambdaInterpolation(3, 3, 1.0), LambdaInterpolation.at(LAMBDA, 0.01));
        assertEquals(new LambdaInterpolation(0, 0, 1.0), LambdaInterpolation.at(new double[] {0.3}, 0.1));
    }
}
