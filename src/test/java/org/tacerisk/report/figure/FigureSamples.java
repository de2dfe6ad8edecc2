package org.tacerisk.report.figure;

/** Synthetic data for the figure tests: smooth shapes only, not results of any model. */
final class FigureSamples {

    static final String WATERMARK = "SYNTHETIC DEMO \u2014 not for clinical use";

    private FigureSamples() {
    }

    /** ROC curve tpr = fpr^(1/k) (AUC k/(k+1)) at n+1 points. */
    static RocFigure.Curve roc(String name, double k, int n, double ciHalfWidth) {
        double[] fpr = new double[n + 1];
        double[] tpr = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            fpr[i] = (double) i / n;
            tpr[i] = Math.pow(fpr[i], 1 / k);
        }
        double auc = k / (k + 1);
        return new RocFigure.Curve(name, fpr, tpr, auc, auc - ciHalfWidth, Math.min(1, auc + ciHalfWidth));
    }

    static RocFigure roc() {
        return new RocFigure().title("ROC \u2014 test cohort").watermark(WATERMARK)
                .add(roc("Nomogram", 6, 60, 0.07)).add(roc("DLR score only", 4, 60, 0.08));
    }

    static CalibrationFigure calibration() {
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] yc = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.02 + 0.94 * i / (n - 1);
            y[i] = x[i] + 0.06 * Math.sin(Math.PI * x[i]);
            yc[i] = x[i] + 0.10 * Math.sin(Math.PI * x[i]) - 0.03 * x[i];
        }
        double[] gx = new double[10];
        double[] gy = new double[10];
        double[] lo = new double[10];
        double[] hi = new double[10];
        for (int g = 0; g < 10; g++) {
            gx[g] = 0.04 + 0.09 * g;
            gy[g] = gx[g] + 0.04 * Math.sin(3 * g);
            lo[g] = Math.max(0, gy[g] - 0.08);
            hi[g] = Math.min(1, gy[g] + 0.08);
        }
        double[] pred = new double[400];
        for (int i = 0; i < pred.length; i++) {
            double u = (i + 0.5) / pred.length;
            pred[i] = u * u;
        }
        return new CalibrationFigure().title("Calibration \u2014 test cohort").watermark(WATERMARK)
                .apparent(x, y).biasCorrected(x, yc).groups(gx, gy, lo, hi).predictions(pred)
                .note("Brier 0.094   slope 0.97   intercept \u22120.02");
    }

    static DecisionCurveFigure decision() {
        int n = 99;
        double[] pt = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        double prev = 0.3;
        for (int i = 0; i < n; i++) {
            pt[i] = (i + 1) / 100.0;
            double w = pt[i] / (1 - pt[i]);
            a[i] = prev * (1 - Math.pow(pt[i], 1.5)) - (1 - prev) * Math.pow(1 - pt[i], 6) * w;
            b[i] = prev * (1 - Math.pow(pt[i], 1.0)) - (1 - prev) * Math.pow(1 - pt[i], 4) * w;
        }
        return new DecisionCurveFigure(pt).title("Decision curve \u2014 test cohort").watermark(WATERMARK)
                .model("Nomogram", a).model("DLR score only", b).treatAllFromPrevalence(prev);
    }
}
