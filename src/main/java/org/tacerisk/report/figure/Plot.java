package org.tacerisk.report.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tacerisk.stats.PrettyBreaks;

/**
 * A 2-D figure as plain data: axes, series, reference lines, legend, annotations and an optional watermark line.
 * It knows nothing of how the data were computed. {@link PlotLayout} turns it into a {@link Scene}.
 */
public final class Plot {

    /** How a series is drawn. */
    public enum Kind {
        /** polyline through (x, y); NaN breaks the line */
        LINE,
        /** right-continuous step function through (x, y) */
        STEP,
        /** filled circles */
        POINTS,
        /** vertical spikes from the bottom of the plot area; y is the height as a fraction of the plot area */
        SPIKES
    }

    /** Where the legend box goes, inside the plot area. */
    public enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    /** A data series; {@code legend} null keeps it out of the legend; {@code dash} null for solid. */
    public record Series(String legend, Kind kind, double[] x, double[] y, Color color, double width, float[] dash) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + legend + "': " + x.length + " x values but "
                        + y.length + " y values");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    /** Vertical error bars (whiskers) at x from lo to hi. */
    public record Whiskers(double[] x, double[] lo, double[] hi, Color color) {
        public Whiskers {
            if (x.length != lo.length || x.length != hi.length) {
                throw new IllegalArgumentException("whiskers need as many lo/hi values as x values");
            }
            x = x.clone();
            lo = lo.clone();
            hi = hi.clone();
        }
    }

    /** Straight reference line {@code y = intercept + slope * x}, or vertical at x = intercept when slope is NaN. */
    public record Reference(String legend, double intercept, double slope, Color color, float[] dash) {
    }

    /** Text placed at data coordinates. */
    public record Annotation(double x, double y, String text, Scene.Anchor anchor) {
    }

    /** An axis: range, tick positions and tick labels. */
    public record Axis(String label, double min, double max, double[] ticks, String[] tickLabels) {
        public Axis {
            if (!(max > min)) {
                throw new IllegalArgumentException("axis '" + label + "' needs min < max, got " + min + ", " + max);
            }
            if (ticks.length != tickLabels.length) {
                throw new IllegalArgumentException("axis '" + label + "': ticks and labels differ in number");
            }
            ticks = ticks.clone();
            tickLabels = tickLabels.clone();
        }

        /** Axis over [min, max] with R's pretty() ticks (about 5) that fall inside the range. */
        public static Axis pretty(String label, double min, double max) {
            double[] all = PrettyBreaks.of(min, max, 5);
            double step = all.length > 1 ? all[1] - all[0] : 1;
            List<Double> inside = new ArrayList<>();
            for (double t : all) {
                if (t >= min - 1e-9 * step && t <= max + 1e-9 * step) {
                    inside.add(t);
                }
            }
            double[] ticks = inside.stream().mapToDouble(Double::doubleValue).toArray();
            return new Axis(label, min, max, ticks, TickFormat.labels(ticks));
        }

        /** Axis widened to R's pretty() bounds around [min, max], so both ends carry a labelled tick. */
        public static Axis prettyCovering(String label, double min, double max) {
            double[] ticks = PrettyBreaks.of(min, max, 5);
            return new Axis(label, ticks[0], ticks[ticks.length - 1], ticks, TickFormat.labels(ticks));
        }
    }

    /**
     * Where the laid-out scene puts the data: the plot area's edges in scene pixels and the data → pixel mapping, so
     * that a screen can place its own marks (a patient's risk, a cut-off) exactly on the drawn axes.
     */
    public record Area(double left, double top, double right, double bottom, Axis x, Axis y) {

        /** The scene x of data value {@code v} on the x axis. */
        public double px(double v) {
            return left + (v - x.min()) / (x.max() - x.min()) * (right - left);
        }

        /** The scene y of data value {@code v} on the y axis. */
        public double py(double v) {
            return bottom - (v - y.min()) / (y.max() - y.min()) * (bottom - top);
        }
    }

    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 600;

    private final Axis x;
    private final Axis y;
    private String title = "";
    private String watermark;
    private int width = DEFAULT_WIDTH;
    private int height = DEFAULT_HEIGHT;
    private Corner legendCorner = Corner.BOTTOM_RIGHT;
    private final List<Series> series = new ArrayList<>();
    private final List<Whiskers> whiskers = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();

    public Plot(Axis x, Axis y) {
        this.x = x;
        this.y = y;
    }

    public Plot title(String text) {
        this.title = text == null ? "" : text;
        return this;
    }

    /** A prominent line such as "SYNTHETIC DEMO — not for clinical use"; null for none. */
    public Plot watermark(String text) {
        this.watermark = text == null || text.isBlank() ? null : text;
        return this;
    }

    public Plot size(int w, int h) {
        if (w < 200 || h < 150) {
            throw new IllegalArgumentException("figure too small: " + w + "x" + h);
        }
        this.width = w;
        this.height = h;
        return this;
    }

    public Plot legendAt(Corner corner) {
        this.legendCorner = corner;
        return this;
    }

    public Plot add(Series s) {
        series.add(s);
        return this;
    }

    public Plot add(Whiskers w) {
        whiskers.add(w);
        return this;
    }

    public Plot add(Reference r) {
        references.add(r);
        return this;
    }

    public Plot annotate(double ax, double ay, String text, Scene.Anchor anchor) {
        annotations.add(new Annotation(ax, ay, text, anchor));
        return this;
    }

    public Axis x() {
        return x;
    }

    public Axis y() {
        return y;
    }

    public String title() {
        return title;
    }

    public String watermark() {
        return watermark;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Corner legendCorner() {
        return legendCorner;
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    public List<Whiskers> whiskers() {
        return List.copyOf(whiskers);
    }

    public List<Reference> references() {
        return List.copyOf(references);
    }

    public List<Annotation> annotations() {
        return List.copyOf(annotations);
    }

    /** Where {@link #scene()} puts the data, at this plot's size. */
    public Area area() {
        return PlotLayout.area(this);
    }

    /**
     * A copy with every word a reader sees (title, axis labels, legends, annotations; not the watermark nor the tick
     * labels) passed through {@code words}: a screen's translation of the figure. Data, colours and size are kept.
     */
    public Plot relabel(UnaryOperator<String> words) {
        Plot p = new Plot(relabel(x, words), relabel(y, words)).title(words.apply(title)).watermark(watermark)
                .legendAt(legendCorner);
        p.width = width;
        p.height = height;
        for (Series s : series) {
            p.add(new Series(s.legend() == null ? null : words.apply(s.legend()), s.kind(), s.x(), s.y(), s.color(),
                    s.width(), s.dash()));
        }
        whiskers.forEach(p::add);
        for (Reference r : references) {
            p.add(new Reference(r.legend() == null ? null : words.apply(r.legend()), r.intercept(), r.slope(),
                    r.color(), r.dash()));
        }
        for (Annotation a : annotations) {
            p.annotate(a.x(), a.y(), words.apply(a.text()), a.anchor());
        }
        return p;
    }

    private static Axis relabel(Axis a, UnaryOperator<String> words) {
        return new Axis(words.apply(a.label()), a.min(), a.max(), a.ticks(), a.tickLabels());
    }

    /** Lays the plot out. */
    public Scene scene() {
        return PlotLayout.layout(this);
    }
}
