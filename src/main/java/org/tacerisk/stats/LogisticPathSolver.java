package org.tacerisk.stats;

import java.util.Arrays;

/**
 * The binomial LASSO path on standardised columns, by cyclical coordinate descent inside a quadratic (IRLS)
 * approximation of the log-likelihood, as described by Friedman, Hastie & Tibshirani (2010, J Stat Softw 33(1),
 * §3) and as glmnet's {@code lognet} does it for {@code alpha = 1}:
 * <ul>
 * <li>Outer loop: at the current coefficients, working weights v = q(1 − q)/n and weighted residuals
 * r = (y − q)/n; each coordinate's curvature xv_j = Σ v z_j² is fixed for the outer step.</li>
 * <li>Inner loop: one full pass over the strong set, then repeated passes over the active set until the largest
 * weighted squared change {@code xv_j·Δb_j²} (and {@code Σv·Δb_0²} for the intercept) is below
 * {@code thresh × null deviance per observation}; then a full pass again, until a full pass changes nothing
 * above the threshold.</li>
 * <li>The outer loop ends when no coefficient moved more than the threshold in the same weighted sense and no
 * predictor outside the strong set violates its KKT condition |zᵀr| ≤ λ (sequential strong rule,
 * Tibshirani et al. 2012, checked as glmnet does).</li>
 * <li>Warm starts from the previous λ. The default sequence's first λ is fitted as "infinite" (the null model)
 * and reported, as R's glmnet reports it, as the log-linear extrapolation of the next two.</li>
 * <li>Early stop of a default path after the λ where dev.ratio rose by less than {@code fdev}, exceeded
 * {@code devmax}, or the fit saturated; never before {@code mnlam} λ's.</li>
 * </ul>
 */
final class LogisticPathSolver {

    /** glmnet's {@code big}: the λ at which the first point of a default path is fitted. */
    private static final double BIG = 9.9e35;

    /** The path on the standardised scale; {@code beta[k]} has one entry per column. */
    record Solution(double[] lambda, double[] intercept, double[][] beta, double[] devRatio, double nullDeviance,
            int passes, String warning) {
    }

    private final StandardisedDesign d;
    private final double[] y;
    private final int n;
    private final int p;
    private final double w;
    private final double[] b;
    private final double[] bs;
    private final double[] q;
    private final double[] v;
    private final double[] r;
    private final double[] eta;
    private final double[] xv;
    private final double[] ga;
    private final boolean[] strong;
    private final boolean[] everActive;
    private final int[] active;
    private int nin;
    private double b0;
    private double xmz;
    private double shr;
    private int nlp;
    private int maxit;
    private double bsIntercept;

    private LogisticPathSolver(StandardisedDesign d, double[] y) {
        this.d = d;
        this.y = y;
        this.n = d.n;
        this.p = d.p;
        this.w = d.weight;
        this.b = new double[p];
        this.bs = new double[p];
        this.q = new double[n];
        this.v = new double[n];
        this.r = new double[n];
        this.eta = new double[n];
        this.xv = new double[p];
        this.ga = new double[p];
        this.strong = new boolean[p];
        this.everActive = new boolean[p];
        this.active = new int[p];
    }

    static Solution solve(StandardisedDesign design, double[] y, LassoOptions options) {
        return new LogisticPathSolver(design, y).run(options);
    }

    private Solution run(LassoOptions o) {
        double pmin = LassoOptions.PMIN;
        double vmin = (1 + pmin) * pmin * (1 - pmin);
        double q0 = 0;
        for (int i = 0; i < n; i++) {
            q0 += w * y[i];
        }
        if (q0 <= pmin || q0 >= 1 - pmin) {
            throw new IllegalArgumentException("the outcome has only one class; a logistic LASSO needs both");
        }
        b0 = Math.log(q0 / (1 - q0));
        double vi = q0 * (1 - q0);
        for (int i = 0; i < n; i++) {
            q[i] = q0;
            v[i] = vi * w;
            r[i] = w * (y[i] - q0);
        }
        xmz = vi;
        // Null deviance per unit weight; y is 0/1, so the saturated model's log-likelihood is 0.
        double dev0 = -(b0 * q0 + Math.log(1 - q0));
        shr = o.thresh() * dev0;
        maxit = o.maxit();
        for (int j = 0; j < p; j++) {
            if (d.varies[j]) {
                ga[j] = Math.abs(dot(r, d.z[j]));
            }
        }
        double[] user = o.lambda();
        int nlam = user != null ? user.length : o.nlambda();
        double flmin = o.effectiveMinRatio(n, p);
        double alf = nlam > 1 ? Math.pow(Math.max(LassoOptions.EPS, flmin), 1.0 / (nlam - 1)) : 1;
        int mnl = Math.min(LassoOptions.MNLAM, nlam);

        double[] lambdas = new double[nlam];
        double[] a0 = new double[nlam];
        double[][] betas = new double[nlam][];
        double[] dev = new double[nlam];
        int lmu = 0;
        String warning = null;
        double al = 0;
        for (int ilm = 0; ilm < nlam; ilm++) {
            double al0 = al;
            if (user != null) {
                al = user[ilm];
            } else if (ilm == 0) {
                al = BIG;
            } else if (ilm == 1) {
                al0 = 0;
                for (int j = 0; j < p; j++) {
                    if (d.varies[j]) {
                        al0 = Math.max(al0, ga[j]);
                    }
                }
                al = alf * al0;
            } else {
                al = al * alf;
            }
            // Sequential strong rule: keep j when |z_jᵀr| at the previous solution exceeds 2λ − λ_prev.
            double tlam = 2 * al - al0;
            for (int j = 0; j < p; j++) {
                if (!strong[j] && d.varies[j] && ga[j] > tlam) {
                    strong[j] = true;
                }
            }
            if (!fitOneLambda(al, vmin)) {
                warning = "convergence for λ number " + (ilm + 1) + " not reached after maxit = " + maxit
                        + " passes; solutions for larger λ's returned (as glmnet does)";
                break;
            }
            lambdas[ilm] = al;
            a0[ilm] = b0;
            betas[ilm] = b.clone();
            dev[ilm] = (dev0 - deviance(pmin)) / dev0;
            lmu = ilm + 1;
            if (ilm + 1 < mnl || ilm == 0 || user != null) {
                continue;
            }
            if (dev[ilm] > LassoOptions.DEVMAX || dev[ilm] - dev[ilm - 1] < LassoOptions.FDEV) {
                break;
            }
            if (xmz <= vmin) {
                break;
            }
        }
        double[] lambda = Arrays.copyOf(lambdas, lmu);
        if (user == null && lmu >= 3) {
            // R's glmnet reports the first λ as exp(2 log λ₂ − log λ₃) (its fix.lam), i.e. λ_max.
            lambda[0] = Math.exp(2 * Math.log(lambda[1]) - Math.log(lambda[2]));
        }
        return new Solution(lambda, Arrays.copyOf(a0, lmu), Arrays.copyOf(betas, lmu), Arrays.copyOf(dev, lmu),
                2 * n * dev0, nlp, warning);
    }

    /** One λ of the path from the warm start; false when maxit passes were used up. */
    private boolean fitOneLambda(double al, double vmin) {
        while (true) {
            snapshotCoefficients();
            for (int j = 0; j < p; j++) {
                if (strong[j]) {
                    xv[j] = weightedSquares(d.z[j]);
                }
            }
            // Coordinate descent on the quadratic approximation: full passes over the strong set, each
            // followed by passes over the active set until they change nothing above the threshold.
            while (true) {
                nlp++;
                double dlx = fullPass(al);
                dlx = Math.max(dlx, interceptStep());
                if (dlx < shr) {
                    break;
                }
                if (nlp > maxit) {
                    return false;
                }
                while (true) {
                    nlp++;
                    double dl = activePass(al);
                    dl = Math.max(dl, interceptStep());
                    if (dl < shr) {
                        break;
                    }
                    if (nlp > maxit) {
                        return false;
                    }
                }
            }
            double bs0 = bsIntercept;
            updateQuadraticApproximation();
            if (xmz <= vmin) {
                return true;
            }
            boolean moved = xmz * (b0 - bs0) * (b0 - bs0) >= shr;
            for (int l = 0; l < nin && !moved; l++) {
                int k = active[l];
                moved = xv[k] * (b[k] - bs[k]) * (b[k] - bs[k]) >= shr;
            }
            if (moved) {
                continue;
            }
            // KKT check of the predictors the strong rule left out; any violator joins and the fit goes on.
            boolean violated = false;
            for (int k = 0; k < p; k++) {
                if (strong[k] || !d.varies[k]) {
                    continue;
                }
                ga[k] = Math.abs(screeningDot(r, d.z[k]));
                if (ga[k] > al) {
                    strong[k] = true;
                    violated = true;
                }
            }
            if (!violated) {
                return true;
            }
        }
    }

    private void snapshotCoefficients() {
        bsIntercept = b0;
        for (int l = 0; l < nin; l++) {
            bs[active[l]] = b[active[l]];
        }
    }

    private double fullPass(double al) {
        double dlx = 0;
        for (int k = 0; k < p; k++) {
            if (strong[k]) {
                double delta = coordinateStep(k, al);
                if (delta == 0) {
                    continue;
                }
                dlx = Math.max(dlx, xv[k] * delta * delta);
                if (!everActive[k]) {
                    everActive[k] = true;
                    active[nin++] = k;
                }
            }
        }
        return dlx;
    }

    private double activePass(double al) {
        double dlx = 0;
        for (int l = 0; l < nin; l++) {
            int k = active[l];
            double delta = coordinateStep(k, al);
            if (delta != 0) {
                dlx = Math.max(dlx, xv[k] * delta * delta);
            }
        }
        return dlx;
    }

    /**
     * Soft-thresholded Newton step for coordinate k (FHT 2010, eq. 10 with weights); returns the change Δb_k.
     * The residuals follow the change.
     */
    private double coordinateStep(int k, double al) {
        double[] zk = d.z[k];
        double bk = b[k];
        double gk = dot(r, zk);
        double u = gk + xv[k] * bk;
        double au = Math.abs(u) - al;
        b[k] = au <= 0 ? 0 : Math.copySign(au, u) / xv[k];
        double delta = b[k] - bk;
        if (delta == 0) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            r[i] = r[i] - delta * v[i] * zk[i];
        }
        return delta;
    }

    /** The unpenalised intercept's Newton step; returns Σv·Δb₀². */
    private double interceptStep() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += r[i];
        }
        double delta = s / xmz;
        if (delta == 0) {
            return 0;
        }
        b0 += delta;
        for (int i = 0; i < n; i++) {
            r[i] = r[i] - delta * v[i];
        }
        return xmz * delta * delta;
    }

    /** New fitted probabilities, working weights and residuals at the current coefficients. */
    private void updateQuadraticApproximation() {
        double fmax = Math.log(1 / LassoOptions.PMIN - 1);
        // Σ_l b_l z_il accumulated column by column: per row the same additions in the same order (entry
        // order of the active set, as glmnet's dot product), but reading each column contiguously.
        double[] lp = eta;
        java.util.Arrays.fill(lp, 0);
        for (int l = 0; l < nin; l++) {
            double bl = b[active[l]];
            double[] zl = d.z[active[l]];
            for (int i = 0; i < n; i++) {
                lp[i] += bl * zl[i];
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double fi = b0 + lp[i];
            if (fi < -fmax) {
                q[i] = 0;
            } else if (fi > fmax) {
                q[i] = 1;
            } else {
                q[i] = 1 / (1 + Math.exp(-fi));
            }
            v[i] = w * q[i] * (1 - q[i]);
            sum += v[i];
            r[i] = w * (y[i] - q[i]);
        }
        xmz = sum;
    }

    /** Binomial deviance per unit weight at the current fit, probabilities kept within [pmin, 1 − pmin]. */
    private double deviance(double pmin) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double pi = Math.max(pmin, Math.min(1 - pmin, q[i]));
            s += w * (y[i] * Math.log(pi) + (1 - y[i]) * Math.log(1 - pi));
        }
        return -s;
    }

    private double weightedSquares(double[] zj) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i] * (zj[i] * zj[i]);
        }
        return s;
    }

    /**
     * zᵀr for the KKT screen of predictors outside the strong set, with four partial sums so the loop is not
     * bound by the latency of one addition chain. Only its comparison with λ matters, so the different rounding
     * (~1e-16 relative) cannot change a result except at an exact tie.
     */
    private static double screeningDot(double[] a, double[] c) {
        int len = a.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += a[i] * c[i];
            s1 += a[i + 1] * c[i + 1];
            s2 += a[i + 2] * c[i + 2];
            s3 += a[i + 3] * c[i + 3];
        }
        for (; i < len; i++) {
            s0 += a[i] * c[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Sequential dot product, the same order of additions as glmnet's Fortran {@code dot_product}. */
    private static double dot(double[] a, double[] c) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * c[i];
        }
        return s;
    }
}
