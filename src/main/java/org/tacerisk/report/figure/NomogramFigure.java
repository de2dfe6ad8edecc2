package org.tacerisk.report.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.nomogram.NomogramScale;

/**
 * An rms-style nomogram: a Points axis (0 to {@code maxPoints}) on top, one axis per predictor with its tick labels
 * at their points, then Total Points, the linear predictor and the probability axis placed by total points. Tick
 * labels that would overlap on their row move below the line, and are left out if they would overlap there too.
 */
public final class NomogramFigure {

    /** A predictor axis: tick labels and their positions in points (0..maxPoints). */
    public record PredictorAxis(String label, String[] tickLabels, double[] points) {
        public PredictorAxis {
            if (tickLabels.length != points.length || points.length == 0) {
                throw new IllegalArgumentException("axis '" + label + "' needs one position per tick label");
            }
            tickLabels = tickLabels.clone();
            points = points.clone();
        }
    }

    /** A tick of a total-points-scaled axis (linear predictor or probability): its label and its total points. */
    public record ScaleTick(String label, double totalPoints) {
    }

    static final int WIDTH = 1000;
    private String pointsTitle = "Points";
    private String totalPointsTitle = "Total Points";
    private String linearPredictorTitle = "Linear Predictor";
    static final double ROW = 54;
    static final double TICK_SIZE = 12;
    static final double LABEL_SIZE = 14;

    private final List<PredictorAxis> predictors;
    private final double maxPoints;
    private final double[] totalPointsTicks;
    private final List<ScaleTick> lpTicks;
    private final List<ScaleTick> probabilityTicks;
    private final String probabilityLabel;
    private String title = "Nomogram";
    private String watermark;

    public NomogramFigure(List<PredictorAxis> predictors, double maxPoints, double[] totalPointsTicks,
            List<ScaleTick> lpTicks, List<ScaleTick> probabilityTicks, String probabilityLabel) {
        if (predictors.isEmpty() || totalPointsTicks.length < 2 || !(maxPoints > 0)) {
            throw new IllegalArgumentException("a nomogram needs predictor axes, maxPoints > 0 and total points ticks");
        }
        this.predictors = List.copyOf(predictors);
        this.maxPoints = maxPoints;
        this.totalPointsTicks = totalPointsTicks.clone();
        this.lpTicks = List.copyOf(lpTicks);
        this.probabilityTicks = List.copyOf(probabilityTicks);
        this.probabilityLabel = probabilityLabel;
    }

    /** Adapter from the computed scale; {@code labels} are the display names of the predictors, in axis order. */
    public static NomogramFigure of(NomogramScale scale, List<String> labels, String probabilityLabel) {
        if (labels.size() != scale.axes().size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + scale.axes().size() + " predictors");
        }
        List<PredictorAxis> axes = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            List<NomogramScale.Tick> ticks = scale.axes().get(k).ticks();
            String[] text = new String[ticks.size()];
            double[] pts = new double[ticks.size()];
            for (int i = 0; i < ticks.size(); i++) {
                text[i] = ticks.get(i).label();
                pts[i] = ticks.get(i).points();
            }
            axes.add(new PredictorAxis(labels.get(k), text, pts));
        }
        List<NomogramScale.LinearPredictorTick> lp = scale.linearPredictorAxis();
        String[] lpText = TickFormat.labels(lp.stream().mapToDouble(NomogramScale.LinearPredictorTick::lp).toArray());
        List<ScaleTick> lpTicks = new ArrayList<>();
        for (int i = 0; i < lp.size(); i++) {
            lpTicks.add(new ScaleTick(lpText[i], lp.get(i).points()));
        }
        List<NomogramScale.ProbabilityTick> pr = scale.probabilityAxis();
        String[] prText = TickFormat.labels(pr.stream()
                .mapToDouble(NomogramScale.ProbabilityTick::probability).toArray());
        List<ScaleTick> prTicks = new ArrayList<>();
        for (int i = 0; i < pr.size(); i++) {
            prTicks.add(new ScaleTick(prText[i], pr.get(i).pointsExact()));
        }
        return new NomogramFigure(axes, NomogramScale.MAXSCALE, scale.totalPointsAxis(), lpTicks, prTicks,
                probabilityLabel);
    }

    public static NomogramFigure of(NomogramScale scale, List<String> labels) {
        return of(scale, labels, "Probability");
    }

    public NomogramFigure title(String text) {
        this.title = text;
        return this;
    }

    /** The fixed rows' titles (rms's "Points", "Total Points", "Linear Predictor" unless set), e.g. translated. */
    public NomogramFigure axisTitles(String points, String totalPoints, String linearPredictor) {
        this.pointsTitle = points;
        this.totalPointsTitle = totalPoints;
        this.linearPredictorTitle = linearPredictor;
        return this;
    }

    public NomogramFigure watermark(String text) {
        this.watermark = text == null || text.isBlank() ? null : text;
        return this;
    }

    public List<PredictorAxis> predictors() {
        return predictors;
    }

    /**
     * Where {@link #scene()} puts things, in scene pixels: the row y of every axis (NaN for an axis the figure does
     * not draw), the x of 0 points ({@code left}) and of the axes' right end, and pixels per point on the Points and
     * predictor axes ({@code pointsScale}) and per total point on the Total Points, linear predictor and probability
     * axes ({@code totalScale}). An interactive view places its markers with it.
     */
    public record Layout(int width, int height, double labelRight, double left, double right, double pointsScale,
            double totalScale, double pointsY, double[] predictorY, double totalY, double linearPredictorY,
            double probabilityY) {
        public Layout {
            predictorY = predictorY.clone();
        }

        @Override
        public double[] predictorY() {
            return predictorY.clone();
        }

        /** The x of {@code points} on the Points axis and the predictor axes. */
        public double xOfPoints(double points) {
            return left + points * pointsScale;
        }

        /** The x of {@code totalPoints} on the Total Points, linear predictor and probability axes. */
        public double xOfTotal(double totalPoints) {
            return left + totalPoints * totalScale;
        }
    }

    /** The layout {@link #scene()} draws with. */
    public Layout layout() {
        int rows = predictors.size() + 2 + (lpTicks.isEmpty() ? 0 : 1) + (probabilityTicks.isEmpty() ? 0 : 1);
        double headerHeight = 10 + (title == null || title.isEmpty() ? 0 : PlotLayout.TITLE_SIZE + 10)
                + (watermark == null ? 0 : 26);
        int height = (int) Math.ceil(headerHeight + 40 + (rows - 1) * ROW + 40);
        double y = PlotLayout.header(new Scene(WIDTH, height), title, watermark) + 40;
        double labelRight = 40;
        for (PredictorAxis a : predictors) {
            labelRight = Math.max(labelRight, Scene.textWidth(a.label(), LABEL_SIZE));
        }
        for (String fixed : new String[] {pointsTitle, totalPointsTitle, linearPredictorTitle, probabilityLabel}) {
            labelRight = Math.max(labelRight, Scene.textWidth(fixed, LABEL_SIZE));
        }
        labelRight += 24;
        double left = labelRight + 24;
        double right = WIDTH - 40;
        double pointsScale = (right - left) / maxPoints;
        double totalMax = totalPointsTicks[totalPointsTicks.length - 1];
        double totalScale = (right - left) / totalMax;
        double pointsY = y;
        double[] predictorY = new double[predictors.size()];
        for (int k = 0; k < predictorY.length; k++) {
            y += ROW;
            predictorY[k] = y;
        }
        y += ROW;
        double totalY = y;
        double lpY = Double.NaN;
        if (!lpTicks.isEmpty()) {
            y += ROW;
            lpY = y;
        }
        double probabilityY = probabilityTicks.isEmpty() ? Double.NaN : y + ROW;
        return new Layout(WIDTH, height, labelRight, left, right, pointsScale, totalScale, pointsY, predictorY,
                totalY, lpY, probabilityY);
    }

    public Scene scene() {
        Layout l = layout();
        Scene scene = new Scene(l.width(), l.height());
        PlotLayout.header(scene, title, watermark);
        double left = l.left();
        double labelRight = l.labelRight();
        double pointsScale = l.pointsScale();
        double totalScale = l.totalScale();
        double y = l.pointsY();

        double[] pts = new double[(int) Math.round(maxPoints / 10) + 1];
        String[] ptsText = new String[pts.length];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = Math.min(maxPoints, i * 10.0);
            ptsText[i] = TickFormat.format(pts[i], 0);
        }
        row(scene, pointsTitle, ptsText, pts, left, pointsScale, y, labelRight);
        for (int i = 0; i <= Math.round(maxPoints); i++) {
            if (i % 10 != 0) {
                double x = left + i * pointsScale;
                scene.line(x, y, x, y - 3, Color.BLACK, 0.8);
            }
        }
        for (int k = 0; k < predictors.size(); k++) {
            PredictorAxis a = predictors.get(k);
            row(scene, a.label(), a.tickLabels(), a.points(), left, pointsScale, l.predictorY[k], labelRight);
        }
        row(scene, totalPointsTitle, TickFormat.labels(totalPointsTicks), totalPointsTicks, left, totalScale,
                l.totalY(), labelRight);
        if (!lpTicks.isEmpty()) {
            row(scene, linearPredictorTitle, lpTicks.stream().map(ScaleTick::label).toArray(String[]::new),
                    lpTicks.stream().mapToDouble(ScaleTick::totalPoints).toArray(), left, totalScale,
                    l.linearPredictorY(), labelRight);
        }
        if (!probabilityTicks.isEmpty()) {
            row(scene, probabilityLabel, probabilityTicks.stream().map(ScaleTick::label).toArray(String[]::new),
                    probabilityTicks.stream().mapToDouble(ScaleTick::totalPoints).toArray(), left, totalScale,
                    l.probabilityY(), labelRight);
        }
        return scene;
    }

    /** One axis row: label on the left, the line over the ticks' extent, ticks and their labels. */
    private static void row(Scene scene, String label, String[] text, double[] at, double left, double scale,
            double y, double labelRight) {
        scene.add(new Scene.Text(labelRight, y + 5, label, LABEL_SIZE, true, Scene.Anchor.END, Color.BLACK, 0));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        Integer[] order = new Integer[at.length];
        for (int i = 0; i < at.length; i++) {
            lo = Math.min(lo, at[i]);
            hi = Math.max(hi, at[i]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(at[a], at[b]));
        scene.line(left + lo * scale, y, left + hi * scale, y, Color.BLACK, 1.2);
        double lastAbove = Double.NEGATIVE_INFINITY;
        double lastBelow = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            double x = left + at[i] * scale;
            double half = Scene.textWidth(text[i], TICK_SIZE) / 2;
            if (x - half >= lastAbove + 4) {
                scene.line(x, y, x, y - 6, Color.BLACK, 1);
                scene.text(x, y - 10, text[i], TICK_SIZE, Scene.Anchor.MIDDLE);
                lastAbove = x + half;
            } else if (x - half >= lastBelow + 4) {
                scene.line(x, y, x, y + 6, Color.BLACK, 1);
                scene.text(x, y + 8 + TICK_SIZE, text[i], TICK_SIZE, Scene.Anchor.MIDDLE);
                lastBelow = x + half;
            } else {
                scene.line(x, y, x, y - 4, Color.BLACK, 1);
            }
        }
    }
}
