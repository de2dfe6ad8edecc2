package org.tacerisk.report.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Decision curve: net benefit over threshold probabilities for one or more models, "treat all" and "treat none"
 * (net benefit 0). The y axis runs from -0.05 to just above the largest net benefit; lower values are clipped.
 */
public final class DecisionCurveFigure {

    public static final double Y_FLOOR = -0.05;

    private record Model(String name, double[] netBenefit) {
    }

    private final double[] thresholds;
    private final List<Model> models = new ArrayList<>();
    private double[] treatAll;
    private String title = "Decision curve";
    private String watermark;

    public DecisionCurveFigure(double[] thresholds) {
        if (thresholds.length < 2) {
            throw new IllegalArgumentException("a decision curve needs at least two thresholds");
        }
        this.thresholds = thresholds.clone();
    }

    public DecisionCurveFigure model(String name, double[] netBenefit) {
        check(netBenefit, name);
        models.add(new Model(name, netBenefit.clone()));
        return this;
    }

    /** Net benefit of treating everyone, one value per threshold. */
    public DecisionCurveFigure treatAll(double[] netBenefit) {
        check(netBenefit, "treat all");
        this.treatAll = netBenefit.clone();
        return this;
    }

    /** Treat all from the prevalence: {@code prev - (1 - prev) * pt / (1 - pt)}. */
    public DecisionCurveFigure treatAllFromPrevalence(double prevalence) {
        double[] nb = new double[thresholds.length];
        for (int i = 0; i < nb.length; i++) {
            double pt = thresholds[i];
            nb[i] = prevalence - (1 - prevalence) * pt / (1 - pt);
        }
        this.treatAll = nb;
        return this;
    }

    public DecisionCurveFigure title(String text) {
        this.title = text;
        return this;
    }

    public DecisionCurveFigure watermark(String text) {
        this.watermark = text;
        return this;
    }

    private void check(double[] nb, String name) {
        if (nb.length != thresholds.length) {
            throw new IllegalArgumentException("'" + name + "' has " + nb.length + " net benefits for "
                    + thresholds.length + " thresholds");
        }
    }

    public Plot plot() {
        double max = 0;
        for (Model m : models) {
            max = Math.max(max, finiteMax(m.netBenefit()));
        }
        if (treatAll != null) {
            max = Math.max(max, finiteMax(treatAll));
        }
        double yMax = Math.max(0.05, max * 1.08);
        double xMin = finiteMin(thresholds);
        double xMax = finiteMax(thresholds);
        Plot p = new Plot(Plot.Axis.prettyCovering("Threshold probability", xMin, xMax),
                Plot.Axis.pretty("Net benefit", Y_FLOOR, yMax)).title(title).watermark(watermark)
                .legendAt(Plot.Corner.TOP_RIGHT);
        p.add(new Plot.Reference("Treat none", 0, 0, Palette.REFERENCE, null));
        if (treatAll != null) {
            p.add(new Plot.Series("Treat all", Plot.Kind.LINE, thresholds, treatAll, Palette.REFERENCE, 1.5,
                    Palette.DASHED));
        }
        for (int i = 0; i < models.size(); i++) {
            p.add(new Plot.Series(models.get(i).name(), Plot.Kind.LINE, thresholds, models.get(i).netBenefit(),
                    Palette.series(i), 2.2, i == 0 ? null : Palette.DASH_DOT));
        }
        return p;
    }

    private static double finiteMax(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                m = Math.max(m, d);
            }
        }
        return m;
    }

    private static double finiteMin(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                m = Math.min(m, d);
            }
        }
        return m;
    }
}
