package org.tacerisk.report.figure;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Lays a {@link Plot} out on a {@link Scene}: title, watermark band, frame, grid, ticks, data, legend. */
final class PlotLayout {

    static final Color GRID = new Color(225, 225, 225);
    static final Color FRAME = new Color(90, 90, 90);
    static final Color WATERMARK_TEXT = new Color(176, 0, 0);
    static final Color WATERMARK_BAND = new Color(255, 232, 232);
    static final double TITLE_SIZE = 20;
    static final double LABEL_SIZE = 15;
    static final double TICK_SIZE = 13;
    static final double LEGEND_SIZE = 13;

    private final Plot plot;
    private final Scene scene;
    private double left;
    private double right;
    private double top;
    private double bottom;
    private Plot.Area area;

    private PlotLayout(Plot plot) {
        this.plot = plot;
        this.scene = new Scene(plot.width(), plot.height());
    }

    static Scene layout(Plot plot) {
        PlotLayout l = new PlotLayout(plot);
        l.run();
        return l.scene;
    }

    /** Where {@link #layout} puts the data: the plot area's edges, from the axes' tick labels and the header. */
    static Plot.Area area(Plot plot) {
        double yTickWidth = 0;
        for (String s : plot.y().tickLabels()) {
            yTickWidth = Math.max(yTickWidth, Scene.textWidth(s, TICK_SIZE));
        }
        double left = 30 + LABEL_SIZE + yTickWidth + 14;
        double top = headerHeight(plot.title(), plot.watermark()) + 16;
        return new Plot.Area(left, top, plot.width() - 30, plot.height() - 62, plot.x(), plot.y());
    }

    /** The height {@link #header} takes. */
    static double headerHeight(String title, String watermark) {
        double y = 10;
        if (title != null && !title.isEmpty()) {
            y += TITLE_SIZE + 10;
        }
        return watermark != null ? y + 26 : y;
    }

    /** Title and watermark band shared with the nomogram; returns the y where the content may start. */
    static double header(Scene scene, String title, String watermark) {
        double y = 10;
        if (title != null && !title.isEmpty()) {
            scene.add(new Scene.Text(scene.width() / 2.0, y + TITLE_SIZE, title, TITLE_SIZE, true,
                    Scene.Anchor.MIDDLE, Color.BLACK, 0));
            y += TITLE_SIZE + 10;
        }
        if (watermark != null) {
            scene.add(new Scene.Rect(0, y, scene.width(), 26, WATERMARK_BAND, null));
            scene.add(new Scene.Text(scene.width() / 2.0, y + 18, watermark, 15, true, Scene.Anchor.MIDDLE,
                    WATERMARK_TEXT, 0));
            y += 26;
        }
        return y;
    }

    private void run() {
        header(scene, plot.title(), plot.watermark());
        area = area(plot);
        left = area.left();
        right = area.right();
        top = area.top();
        bottom = area.bottom();
        scene.setClip(left, top, right - left, bottom - top);
        axes();
        for (Plot.Reference r : plot.references()) {
            reference(r);
        }
        for (Plot.Series s : plot.series()) {
            series(s);
        }
        for (Plot.Whiskers w : plot.whiskers()) {
            whiskers(w);
        }
        for (Plot.Annotation a : plot.annotations()) {
            scene.add(new Scene.Text(px(a.x()), py(a.y()), a.text(), LEGEND_SIZE, false, a.anchor(), Color.BLACK,
                    0));
        }
        legend();
    }

    double px(double x) {
        return area.px(x);
    }

    double py(double y) {
        return area.py(y);
    }

    private void axes() {
        Plot.Axis xa = plot.x();
        Plot.Axis ya = plot.y();
        for (int i = 0; i < xa.ticks().length; i++) {
            double x = px(xa.ticks()[i]);
            scene.line(x, top, x, bottom, GRID, 1);
            scene.line(x, bottom, x, bottom + 5, FRAME, 1);
            scene.text(x, bottom + 20, xa.tickLabels()[i], TICK_SIZE, Scene.Anchor.MIDDLE);
        }
        for (int i = 0; i < ya.ticks().length; i++) {
            double y = py(ya.ticks()[i]);
            scene.line(left, y, right, y, GRID, 1);
            scene.line(left - 5, y, left, y, FRAME, 1);
            scene.text(left - 8, y + TICK_SIZE * 0.35, ya.tickLabels()[i], TICK_SIZE, Scene.Anchor.END);
        }
        scene.add(new Scene.Rect(left, top, right - left, bottom - top, null, FRAME));
        scene.text((left + right) / 2, plot.height() - 18, xa.label(), LABEL_SIZE, Scene.Anchor.MIDDLE);
        scene.add(new Scene.Text(24, (top + bottom) / 2, ya.label(), LABEL_SIZE, false, Scene.Anchor.MIDDLE,
                Color.BLACK, -90));
    }

    private void reference(Plot.Reference r) {
        double[] xs;
        double[] ys;
        if (Double.isNaN(r.slope())) {
            xs = new double[] {px(r.intercept()), px(r.intercept())};
            ys = new double[] {top, bottom};
        } else {
            double x0 = plot.x().min();
            double x1 = plot.x().max();
            xs = new double[] {px(x0), px(x1)};
            ys = new double[] {py(r.intercept() + r.slope() * x0), py(r.intercept() + r.slope() * x1)};
        }
        scene.add(new Scene.Polyline(xs, ys, r.color(), 1.2, r.dash(), true));
    }

    private void series(Plot.Series s) {
        double[] x = s.x();
        double[] y = s.y();
        switch (s.kind()) {
            case POINTS -> {
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                        scene.add(new Scene.Circle(px(x[i]), py(y[i]), 3.5, s.color(), true));
                    }
                }
            }
            case SPIKES -> {
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(x[i]) && y[i] > 0) {
                        double h = Math.min(1, y[i]) * (bottom - top);
                        scene.add(new Scene.Polyline(new double[] {px(x[i]), px(x[i])},
                                new double[] {bottom, bottom - h}, s.color(), s.width(), null, true));
                    }
                }
            }
            case LINE, STEP -> {
                List<double[]> run = new ArrayList<>();
                for (int i = 0; i <= x.length; i++) {
                    boolean ok = i < x.length && Double.isFinite(x[i]) && Double.isFinite(y[i]);
                    if (ok) {
                        if (s.kind() == Plot.Kind.STEP && !run.isEmpty()) {
                            run.add(new double[] {px(x[i]), run.get(run.size() - 1)[1]});
                        }
                        run.add(new double[] {px(x[i]), py(y[i])});
                    } else {
                        emit(run, s);
                        run = new ArrayList<>();
                    }
                }
            }
            default -> throw new IllegalStateException(s.kind().toString());
        }
    }

    private void emit(List<double[]> run, Plot.Series s) {
        if (run.size() < 2) {
            return;
        }
        double[] xs = new double[run.size()];
        double[] ys = new double[run.size()];
        for (int i = 0; i < run.size(); i++) {
            xs[i] = run.get(i)[0];
            ys[i] = run.get(i)[1];
        }
        scene.add(new Scene.Polyline(xs, ys, s.color(), s.width(), s.dash(), true));
    }

    private void whiskers(Plot.Whiskers w) {
        for (int i = 0; i < w.x().length; i++) {
            if (!Double.isFinite(w.x()[i]) || !Double.isFinite(w.lo()[i]) || !Double.isFinite(w.hi()[i])) {
                continue;
            }
            double x = px(w.x()[i]);
            double lo = py(w.lo()[i]);
            double hi = py(w.hi()[i]);
            scene.add(new Scene.Polyline(new double[] {x, x}, new double[] {lo, hi}, w.color(), 1.2, null, true));
            scene.add(new Scene.Polyline(new double[] {x - 3, x + 3}, new double[] {lo, lo}, w.color(), 1.2, null,
                    true));
            scene.add(new Scene.Polyline(new double[] {x - 3, x + 3}, new double[] {hi, hi}, w.color(), 1.2, null,
                    true));
        }
    }

    private record Entry(String text, Color color, float[] dash, boolean point, double width) {
    }

    private void legend() {
        List<Entry> entries = new ArrayList<>();
        for (Plot.Series s : plot.series()) {
            if (s.legend() != null) {
                entries.add(new Entry(s.legend(), s.color(), s.dash(), s.kind() == Plot.Kind.POINTS, s.width()));
            }
        }
        for (Plot.Reference r : plot.references()) {
            if (r.legend() != null) {
                entries.add(new Entry(r.legend(), r.color(), r.dash(), false, 1.2));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        double textW = 0;
        for (Entry e : entries) {
            textW = Math.max(textW, Scene.textWidth(e.text(), LEGEND_SIZE));
        }
        double rowH = LEGEND_SIZE + 7;
        double w = 12 + 32 + 8 + textW + 10;
        double h = entries.size() * rowH + 10;
        boolean atLeft = plot.legendCorner() == Plot.Corner.TOP_LEFT || plot.legendCorner() == Plot.Corner.BOTTOM_LEFT;
        boolean atTop = plot.legendCorner() == Plot.Corner.TOP_LEFT || plot.legendCorner() == Plot.Corner.TOP_RIGHT;
        double x0 = atLeft ? left + 10 : right - 10 - w;
        double y0 = atTop ? top + 10 : bottom - 10 - h;
        scene.add(new Scene.Rect(x0, y0, w, h, new Color(255, 255, 255, 235), FRAME));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double cy = y0 + 5 + rowH * i + rowH / 2;
            if (e.point()) {
                scene.add(new Scene.Circle(x0 + 12 + 16, cy, 3.5, e.color(), false));
            } else {
                scene.add(new Scene.Polyline(new double[] {x0 + 12, x0 + 44}, new double[] {cy, cy}, e.color(),
                        Math.max(1.5, e.width()), e.dash(), false));
            }
            scene.text(x0 + 52, cy + LEGEND_SIZE * 0.35, e.text(), LEGEND_SIZE, Scene.Anchor.START);
        }
    }
}
