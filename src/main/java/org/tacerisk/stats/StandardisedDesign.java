package org.tacerisk.stats;

/**
 * The predictor matrix as glmnet standardises it ({@code standardize = TRUE}, observation weights 1/n): each column
 * is centred on its mean and divided by its standard deviation with divisor n, {@code sqrt(Σ (x − x̄)² / n)}.
 * Columns are stored column-major ({@code z[j][i]}). A constant column is flagged and left out of the fit, as
 * glmnet's {@code ju} flags do. The arithmetic follows the order glmnet uses (weighted mean with weights 1/n,
 * centre, then divide) so that the standardised values agree with R's to the last bits.
 */
final class StandardisedDesign {

    final int n;
    final int p;
    /** Standardised columns; a constant column is all zero. */
    final double[][] z;
    final double[] mean;
    /** Standard deviation with divisor n; 1 for a constant column. */
    final double[] sd;
    /** glmnet's {@code ju}: false for a constant column, which never enters the model. */
    final boolean[] varies;
    /** The observation weight 1/n that glmnet uses after normalising the weights to sum one. */
    final double weight;

    private StandardisedDesign(double[][] z, double[] mean, double[] sd, boolean[] varies, int n) {
        this.z = z;
        this.mean = mean;
        this.sd = sd;
        this.varies = varies;
        this.n = n;
        this.p = z.length;
        this.weight = 1.0 / n;
    }

    /** Standardises the rows {@code rows} (or all rows when null) of the column-major matrix {@code x[j][i]}. */
    static StandardisedDesign of(double[][] x, int[] rows) {
        int p = x.length;
        int n = rows == null ? x[0].length : rows.length;
        double w = 1.0 / n;
        double[][] z = new double[p][];
        double[] mean = new double[p];
        double[] sd = new double[p];
        boolean[] varies = new boolean[p];
        for (int j = 0; j < p; j++) {
            double[] col = new double[n];
            double[] xj = x[j];
            for (int i = 0; i < n; i++) {
                col[i] = rows == null ? xj[i] : xj[rows[i]];
            }
            varies[j] = !isConstant(col);
            if (!varies[j]) {
                mean[j] = col[0];
                sd[j] = 1.0;
                z[j] = new double[n];
                continue;
            }
            double m = 0;
            for (int i = 0; i < n; i++) {
                m += w * col[i];
            }
            double ss = 0;
            for (int i = 0; i < n; i++) {
                col[i] = col[i] - m;
                ss += w * (col[i] * col[i]);
            }
            double s = Math.sqrt(ss);
            for (int i = 0; i < n; i++) {
                col[i] = col[i] / s;
            }
            mean[j] = m;
            sd[j] = s;
            z[j] = col;
        }
        return new StandardisedDesign(z, mean, sd, varies, n);
    }

    private static boolean isConstant(double[] col) {
        for (int i = 1; i < col.length; i++) {
            if (col[i] != col[0]) {
                return false;
            }
        }
        return true;
    }
}
