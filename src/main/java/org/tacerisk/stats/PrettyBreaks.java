package org.tacerisk.stats;

/**
 * R's {@code pretty()} (base R 4.2, {@code pretty.default} over the C routine {@code R_pretty} in
 * {@code src/appl/pretty.c}): about {@code n} equally spaced "round" values (1, 2 or 5 times a power of ten) that
 * cover a range. Defaults as in R: {@code min.n = n %/% 3}, {@code shrink.sml = 0.75}, {@code high.u.bias = 1.5},
 * {@code u5.bias = .5 + 1.5 * high.u.bias}, {@code f.min = 2^-20}, {@code eps.correct = 0}, {@code bounds = TRUE}.
 * rms::nomogram uses it for every axis, so the tick values must be the very doubles R produces.
 */
public final class PrettyBreaks {

    private static final double ROUNDING_EPS = 1e-10;
    private static final double SHRINK_SML = 0.75;
    private static final double HIGH_U_BIAS = 1.5;
    private static final double U5_BIAS = 0.5 + 1.5 * HIGH_U_BIAS;
    private static final double F_MIN = 0x1.0p-20;

    private PrettyBreaks() {
    }

    /** {@code pretty(c(lo, hi), n)} with R's defaults. */
    public static double[] of(double lo, double hi, int n) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("pretty() needs a finite range, got " + lo + ", " + hi);
        }
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        int minN = n / 3;
        int ndiv = n;
        double dx = b - a;
        double cell;
        boolean small;
        if (dx == 0 && b == 0) {
            cell = 1;
            small = true;
        } else {
            cell = Math.max(Math.abs(a), Math.abs(b));
            double u = 1 + ((U5_BIAS >= 1.5 * HIGH_U_BIAS + 0.5) ? 1 / (1 + HIGH_U_BIAS) : 1.5 / (1 + U5_BIAS));
            u *= Math.max(1, ndiv) * Math.ulp(1.0);
            small = dx < cell * u * 3;
        }
        if (small) {
            if (cell > 10) {
                cell = 9 + cell / 10;
            }
            cell *= SHRINK_SML;
            if (minN > 1) {
                cell /= minN;
            }
        } else {
            cell = dx;
            if (ndiv > 1) {
                cell /= ndiv;
            }
        }
        double subsmall = F_MIN * Double.MIN_NORMAL;
        if (cell < subsmall) {
            cell = subsmall;
        }
        double base = Math.pow(10.0, Math.floor(Math.log10(cell)));
        double unit = base;
        double ns;
        if ((ns = 2 * base) - cell < HIGH_U_BIAS * (cell - unit)) {
            unit = ns;
            if ((ns = 5 * base) - cell < U5_BIAS * (cell - unit)) {
                unit = ns;
                if ((ns = 10 * base) - cell < HIGH_U_BIAS * (cell - unit)) {
                    unit = ns;
                }
            }
        }
        ns = Math.floor(a / unit + ROUNDING_EPS);
        double nu = Math.ceil(b / unit - ROUNDING_EPS);
        while (ns * unit > a + ROUNDING_EPS * unit) {
            ns--;
        }
        while (nu * unit < b - ROUNDING_EPS * unit) {
            nu++;
        }
        int k = (int) (0.5 + nu - ns);
        if (k < minN) {
            k = minN - k;
            if (ns >= 0.0) {
                nu += k / 2;
                ns -= k / 2 + k % 2;
            } else {
                ns -= k / 2;
                nu += k / 2 + k % 2;
            }
            ndiv = minN;
        } else {
            ndiv = k;
        }
        // bounds = TRUE: the returned bounds cover the original range
        double l = ns * unit < a ? ns * unit : a;
        double h = nu * unit > b ? nu * unit : b;
        return sequence(l, h, ndiv);
    }

    /** {@code seq.int(l, h, length.out = ndiv + 1)} as R 4.2 computes it, then pretty's zapping of tiny values. */
    private static double[] sequence(double l, double h, int ndiv) {
        double[] s = new double[ndiv + 1];
        s[0] = l;
        if (ndiv == 0) {
            return s;
        }
        double by = (h - l) / ndiv;
        for (int i = 1; i < ndiv; i++) {
            s[i] = l + i * by;
        }
        s[ndiv] = h;
        double delta = (Math.max(l, h) - Math.min(l, h)) / ndiv;
        for (int i = 0; i < s.length; i++) {
            if (Math.abs(s[i]) < 1e-14 * delta) {
                s[i] = 0;
            }
        }
        return s;
    }
}
