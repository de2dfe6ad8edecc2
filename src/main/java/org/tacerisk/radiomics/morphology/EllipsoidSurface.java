package org.tacerisk.radiomics.morphology;

/**
 * Surface area of an ellipsoid by the Legendre series of IBSI-1 (area density AEE, RDD2; MVEE, BRI8):
 * A = 4π a b Σ<sub>ν=0..20</sub> (αβ)<sup>ν</sup> / (1 − 4ν²) P<sub>ν</sub>((α² + β²) / (2αβ)), with
 * α = √(1 − b²/a²), β = √(1 − c²/a²) and a ≥ b ≥ c. The manual stops the series after ν = 20.
 *
 * <p>This is IBSI's definition, not the exact area: the textbook series uses α = √(1 − c²/a²), β = √(1 − c²/b²);
 * with the manual's α and β a prolate spheroid (5, 4, 4) gets 218.6 instead of 235.3. The reference values follow the manual: on
 * the digital phantom the area density (AEE) is 1.355 with it (reference 1.36 ± 0.01) and 1.304 with the exact
 * area, so the manual's series is kept. For b = c the series sums in closed form to
 * 2πab (1 + (1 − e²) artanh(e) / e), e = √(1 − b²/a²), which the tests use.
 */
public final class EllipsoidSurface {

    /** IBSI's default truncation of the series. */
    public static final int TERMS = 20;

    private EllipsoidSurface() {
    }

    /** Area of the ellipsoid with semi-axes a, b, c (any order, all &gt; 0). */
    public static double area(double a, double b, double c) {
        double[] s = {a, b, c};
        java.util.Arrays.sort(s);
        double major = s[2];
        double minor = s[1];
        double least = s[0];
        double alpha = Math.sqrt(Math.max(0, 1 - minor * minor / (major * major)));
        double beta = Math.sqrt(Math.max(0, 1 - least * least / (major * major)));
        // q_ν = (αβ)^ν P_ν(x), x = (α² + β²) / (2αβ), by Bonnet's recursion multiplied through by (αβ)^(ν+1):
        // (ν + 1) q_(ν+1) = (2ν + 1) ((α² + β²) / 2) q_ν − ν (αβ)² q_(ν−1). No division by αβ, so a sphere or
        // spheroid (α or β = 0) needs no special case.
        double half = (alpha * alpha + beta * beta) / 2;
        double product2 = alpha * alpha * beta * beta;
        double previous = 1; // q_0
        double current = half; // q_1
        double sum = previous + current / (1 - 4);
        for (int nu = 1; nu < TERMS; nu++) {
            double next = ((2 * nu + 1) * half * current - nu * product2 * previous) / (nu + 1);
            previous = current;
            current = next;
            int m = nu + 1;
            sum += current / (1 - 4.0 * m * m);
        }
        return 4 * Math.PI * major * minor * sum;
    }
}
