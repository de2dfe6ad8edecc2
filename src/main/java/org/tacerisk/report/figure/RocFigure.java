package org.tacerisk.report.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** ROC curves (one or more models) with AUC and its confidence interval in the legend, and the chance diagonal. */
public final class RocFigure {

    /** One ROC curve; {@code ciLow}/{@code ciHigh} NaN when no interval is known, {@code auc} NaN to omit it. */
    public record Curve(String name, double[] fpr, double[] tpr, double auc, double ciLow, double ciHigh) {
        public Curve {
            if (fpr.length != tpr.length || fpr.length < 2) {
                throw new IllegalArgumentException("ROC curve '" + name + "' needs matching fpr/tpr of length >= 2");
            }
        }

        /**
         * The curve of a {@link org.tacerisk.stats.RocCurve} (its points run from the highest threshold down; the
         * figure's from (0, 0) up), with the AUC and its interval for the legend.
         */
        public static Curve of(String name, org.tacerisk.stats.RocCurve roc, double auc, double ciLow, double ciHigh) {
            List<org.tacerisk.stats.RocCurve.Point> pts = roc.points();
            int n = pts.size();
            double[] fpr = new double[n];
            double[] tpr = new double[n];
            for (int k = 0; k < n; k++) {
                org.tacerisk.stats.RocCurve.Point pt = pts.get(n - 1 - k);
                fpr[k] = 1 - pt.specificity();
                tpr[k] = pt.sensitivity();
            }
            return new Curve(name, fpr, tpr, auc, ciLow, ciHigh);
        }

        /** "name  AUC 0.86 (0.79–0.93)". */
        public String legend() {
            StringBuilder sb = new StringBuilder(name);
            if (Double.isFinite(auc)) {
                sb.append("  AUC ").append(String.format(Locale.ROOT, "%.2f", auc));
                if (Double.isFinite(ciLow) && Double.isFinite(ciHigh)) {
                    sb.append(String.format(Locale.ROOT, " (%.2f\u2013%.2f)", ciLow, ciHigh));
                }
            }
            return sb.toString();
        }
    }

    private final List<Curve> curves = new ArrayList<>();
    private String title = "ROC curve";
    private String watermark;

    public RocFigure add(Curve curve) {
        curves.add(curve);
        return this;
    }

    /** The curves, in legend order. */
    public List<Curve> curves() {
        return List.copyOf(curves);
    }

    public RocFigure title(String text) {
        this.title = text;
        return this;
    }

    public RocFigure watermark(String text) {
        this.watermark = text;
        return this;
    }

    public Plot plot() {
        if (curves.isEmpty()) {
            throw new IllegalStateException("a ROC figure needs at least one curve");
        }
        Plot p = new Plot(Plot.Axis.pretty("1 \u2212 Specificity (false-positive rate)", 0, 1),
                Plot.Axis.pretty("Sensitivity (true-positive rate)", 0, 1)).title(title).watermark(watermark)
                .legendAt(Plot.Corner.BOTTOM_RIGHT);
        p.add(new Plot.Reference("Chance", 0, 1, Palette.REFERENCE, Palette.DASHED));
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            p.add(new Plot.Series(c.legend(), Plot.Kind.LINE, c.fpr(), c.tpr(), Palette.series(i), 2.2,
                    i == 0 ? null : (i % 2 == 1 ? Palette.DASH_DOT : Palette.DASHED)));
        }
        return p;
    }
}
