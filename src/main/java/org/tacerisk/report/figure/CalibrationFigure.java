package org.tacerisk.report.figure;

import java.awt.Color;

/**
 * Calibration plot: observed against predicted probability, with the ideal line, a smooth (apparent) curve, an
 * optional bias-corrected curve, grouped (e.g. decile) points with confidence whiskers, and a histogram of the
 * predictions as spikes along the bottom.
 */
public final class CalibrationFigure {

    static final int HISTOGRAM_BINS = 100;
    static final double HISTOGRAM_HEIGHT = 0.12;

    private double[] apparentX;
    private double[] apparentY;
    private double[] correctedX;
    private double[] correctedY;
    private double[] groupPredicted;
    private double[] groupObserved;
    private double[] groupLow;
    private double[] groupHigh;
    private double[] predictions;
    private String curveLabel = "Apparent";
    private double[] bandX;
    private double[] bandLow;
    private double[] bandHigh;
    private String bandLabel;
    private String note;
    private String title = "Calibration";
    private String watermark;

    /** The smooth (e.g. loess) curve of the apparent calibration. */
    public CalibrationFigure apparent(double[] predicted, double[] observed) {
        this.apparentX = predicted.clone();
        this.apparentY = observed.clone();
        return this;
    }

    /** The smooth curve's legend (default "Apparent"; an external validation's curve is not apparent). */
    public CalibrationFigure curveLabel(String text) {
        this.curveLabel = text;
        return this;
    }

    /**
     * A pointwise band around the smooth curve, drawn as two dotted lines (NaN bounds leave a gap), e.g. a bootstrap
     * 95 % band; {@code label} names it in the legend.
     */
    public CalibrationFigure band(double[] predicted, double[] low, double[] high, String label) {
        this.bandX = predicted.clone();
        this.bandLow = low.clone();
        this.bandHigh = high.clone();
        this.bandLabel = label;
        return this;
    }

    /** The bias-corrected (e.g. bootstrap optimism-corrected) curve. */
    public CalibrationFigure biasCorrected(double[] predicted, double[] observed) {
        this.correctedX = predicted.clone();
        this.correctedY = observed.clone();
        return this;
    }

    /** Grouped points: mean prediction, observed proportion and its interval (NaN bounds draw no whisker). */
    public CalibrationFigure groups(double[] predicted, double[] observed, double[] low, double[] high) {
        this.groupPredicted = predicted.clone();
        this.groupObserved = observed.clone();
        this.groupLow = low.clone();
        this.groupHigh = high.clone();
        return this;
    }

    /** The predictions themselves, shown as a histogram of spikes along the bottom. */
    public CalibrationFigure predictions(double[] p) {
        this.predictions = p.clone();
        return this;
    }

    /** A text shown in the top-left corner, e.g. "Brier 0.094   slope 0.97". */
    public CalibrationFigure note(String text) {
        this.note = text;
        return this;
    }

    public CalibrationFigure title(String text) {
        this.title = text;
        return this;
    }

    public CalibrationFigure watermark(String text) {
        this.watermark = text;
        return this;
    }

    public Plot plot() {
        Plot p = new Plot(Plot.Axis.pretty("Predicted probability", 0, 1),
                Plot.Axis.pretty("Observed proportion", 0, 1)).title(title).watermark(watermark)
                .legendAt(Plot.Corner.BOTTOM_RIGHT);
        p.add(new Plot.Reference("Ideal", 0, 1, Palette.REFERENCE, Palette.DASHED));
        if (predictions != null && predictions.length > 0) {
            double[][] h = histogram(predictions);
            p.add(new Plot.Series(null, Plot.Kind.SPIKES, h[0], h[1], Palette.RUG, 1.5, null));
        }
        if (apparentX != null) {
            p.add(new Plot.Series(curveLabel, Plot.Kind.LINE, apparentX, apparentY, Palette.series(0), 2.2, null));
        }
        if (bandX != null) {
            p.add(new Plot.Series(bandLabel, Plot.Kind.LINE, bandX, bandLow, Palette.series(0), 1, Palette.DOTTED));
            p.add(new Plot.Series(null, Plot.Kind.LINE, bandX, bandHigh, Palette.series(0), 1, Palette.DOTTED));
        }
        if (correctedX != null) {
            p.add(new Plot.Series("Bias-corrected", Plot.Kind.LINE, correctedX, correctedY, Palette.series(1), 2.2,
                    Palette.DASH_DOT));
        }
        if (groupPredicted != null) {
            Color c = new Color(40, 40, 40);
            p.add(new Plot.Whiskers(groupPredicted, groupLow, groupHigh, c));
            p.add(new Plot.Series("Grouped observed (95% CI)", Plot.Kind.POINTS, groupPredicted, groupObserved, c,
                    1, null));
        }
        if (note != null) {
            p.annotate(0.03, 0.94, note, Scene.Anchor.START);
        }
        return p;
    }

    /** Bin centres and spike heights (fraction of the plot height; the fullest bin gets HISTOGRAM_HEIGHT). */
    static double[][] histogram(double[] values) {
        int[] counts = new int[HISTOGRAM_BINS];
        int max = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v >= 0 && v <= 1) {
                int b = Math.min(HISTOGRAM_BINS - 1, (int) Math.floor(v * HISTOGRAM_BINS));
                max = Math.max(max, ++counts[b]);
            }
        }
        double[] x = new double[HISTOGRAM_BINS];
        double[] y = new double[HISTOGRAM_BINS];
        for (int b = 0; b < HISTOGRAM_BINS; b++) {
            x[b] = (b + 0.5) / HISTOGRAM_BINS;
            y[b] = max == 0 ? 0 : HISTOGRAM_HEIGHT * counts[b] / max;
        }
        return new double[][] {x, y};
    }
}
