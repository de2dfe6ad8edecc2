package org.tacerisk.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilson score interval for a binomial proportion, without continuity correction (E. B. Wilson, J Am Stat Assoc
 * 1927;22:209; method 3 of R. G. Newcombe, Stat Med 1998;17:857). With z = Φ⁻¹(1 − α/2):
 * centre = (x + z²/2)/(n + z²), half-width = z/(n + z²)·√(x(n − x)/n + z²/4). It stays inside [0, 1] and is
 * sensible at x = 0 and x = n, unlike the Wald interval.
 *
 * @param estimate x/n (NaN when n = 0)
 * @param lower    lower limit (NaN when n = 0)
 * @param upper    upper limit (NaN when n = 0)
 */
public record WilsonInterval(double estimate, double lower, double upper) {

    /** The 95 % interval. */
    public static WilsonInterval of(long successes, long trials) {
        return of(successes, trials, 0.95);
    }

    public static WilsonInterval of(long successes, long trials, double confLevel) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes in " + trials + " trials");
        }
        if (trials == 0) {
            return new WilsonInterval(Double.NaN, Double.NaN, Double.NaN);
        }
        double z = normalQuantile(1 - (1 - confLevel) / 2);
        double x = successes;
        double n = trials;
        double z2 = z * z;
        double centre = (x + z2 / 2) / (n + z2);
        double half = z / (n + z2) * Math.sqrt(x * (n - x) / n + z2 / 4);
        return new WilsonInterval(x / n, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Φ⁻¹(p), as R's {@code qnorm(p)}. */
    static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("confidence level must lie in (0, 1)");
        }
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(p);
    }
}
