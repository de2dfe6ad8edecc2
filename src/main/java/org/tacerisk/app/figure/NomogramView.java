package org.tacerisk.app.figure;

import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.tacerisk.common.DisplayNumbers;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.report.figure.NomogramFigure;
import org.tacerisk.report.figure.Scene;

/**
 * The interactive nomogram: the report's nomogram figure drawn by {@link SceneCanvas} (dark theme, scaled to fit,
 * centred), and on top the patient's markers: one per predictor axis at the patient's points, draggable along its
 * axis, one on Total Points and one on the probability axis, each with a read-out. The figure is drawn only when the
 * view's size changes; a drag moves only the marker nodes, so it keeps up with the mouse. The arithmetic is
 * {@link NomogramMarkers}'; this class only places nodes from it.
 */
public final class NomogramView extends Region {

    /** Told while a marker is dragged: the axis and its new value (categorical: the level's code). */
    @FunctionalInterface
    public interface ValueDragListener {
        void valueDragged(int axis, double newValue);
    }

    static final Color MARKER = Color.web("#e69f00");
    private static final double RADIUS = 7;

    private final NomogramFigure figure;
    private final NomogramFigure.Layout layout;
    private final Scene scene;
    private final NomogramMarkers markers;
    private final FigureText text;
    private final Canvas canvas = new Canvas();
    private final Pane markerLayer = new Pane();
    private final Circle[] axisMarkers;
    private final Line[] guides;
    private final Label[] readouts;
    private final Polygon totalMarker = triangle();
    private final Polygon probabilityMarker = triangle();
    private final Line totalGuide = guide();
    private final Label totalReadout = readout("nomogramTotalReadout");
    private final Label probabilityReadout = readout("nomogramProbabilityReadout");
    private ValueDragListener listener = (axis, value) -> {
    };
    private double zoom = 1;
    private double offsetX;
    private double offsetY;
    /** How often the figure was drawn: a drag must not draw it (tests check). */
    int figureDraws;

    public NomogramView(NomogramFigure figure, NomogramMarkers markers, FigureText text) {
        if (figure.predictors().size() != markers.axisCount()) {
            throw new IllegalArgumentException(figure.predictors().size() + " figure axes for "
                    + markers.axisCount() + " marker axes");
        }
        this.figure = figure;
        this.layout = figure.layout();
        this.scene = figure.scene();
        this.markers = markers;
        this.text = text;
        getStyleClass().add("nomogram-view");
        setBackground(new Background(new BackgroundFill(SceneCanvas.DARK_BACKGROUND, null, null)));
        int n = markers.axisCount();
        axisMarkers = new Circle[n];
        guides = new Line[n];
        readouts = new Label[n];
        markerLayer.setPickOnBounds(false);
        for (int k = 0; k < n; k++) {
            guides[k] = guide();
            readouts[k] = readout("nomogramReadout-" + k);
            Circle c = new Circle(RADIUS, MARKER);
            c.setStroke(Color.WHITE);
            c.setStrokeWidth(1.5);
            c.setId("nomogramMarker-" + k);
            c.setCursor(Cursor.H_RESIZE);
            c.setManaged(false);
            int axis = k;
            c.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> drag(axis, e));
            c.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> drag(axis, e));
            axisMarkers[k] = c;
            markerLayer.getChildren().addAll(guides[k], c, readouts[k]);
        }
        totalMarker.setId("nomogramTotalMarker");
        probabilityMarker.setId("nomogramProbabilityMarker");
        markerLayer.getChildren().addAll(totalGuide, totalMarker, probabilityMarker, totalReadout,
                probabilityReadout);
        getChildren().addAll(canvas, markerLayer);
    }

    /**
     * The nomogram of a bundle's combined model on screen: its axes labelled with unit, the fixed rows' titles and
     * the risk axis in the window's language ({@code case.nomogram.*}), no title (the tab names it) and no
     * watermark (the tabs carry the SYNTHETIC badge; exported figures the watermark).
     */
    public static NomogramView of(BundlePredictor predictor, FigureText text) {
        NomogramFigure figure = NomogramFigure.of(predictor.nomogram(), predictor.predictors().stream()
                .map(PredictorSpecification::labelWithUnit).toList(), text.get("case.nomogram.probability"))
                .title("").axisTitles(text.get("case.nomogram.points"), text.get("case.nomogram.totalPoints"),
                        text.get("case.nomogram.linearPredictor"));
        return new NomogramView(figure, NomogramMarkers.of(predictor), text);
    }

    /** Shows or hides the patient's markers and read-outs (hidden while there is no patient to mark). */
    public void setMarkersVisible(boolean visible) {
        markerLayer.setVisible(visible);
    }

    /** Sets the patient's values (categorical: the level's code), in axis order, and moves every marker. */
    public void setPatient(double[] values) {
        markers.setValues(values);
        for (int k = 0; k < markers.axisCount(); k++) {
            placeAxis(k);
        }
        placeTotal();
    }

    /** Sets one predictor's value, as an edit of the entered value does, and moves its marker and the totals. */
    public void setValue(int axis, double value) {
        markers.setValue(axis, value);
        placeAxis(axis);
        placeTotal();
    }

    public void setOnValueDragged(ValueDragListener listener) {
        this.listener = listener == null ? (axis, value) -> {
        } : listener;
    }

    public double value(int axis) {
        return markers.value(axis);
    }

    public double totalPoints() {
        return markers.totalPoints();
    }

    public double probability() {
        return markers.probability();
    }

    public NomogramMarkers markers() {
        return markers;
    }

    /** The view's point of a figure point (scene pixels of {@link NomogramFigure#scene()}). */
    public Point2D viewPoint(double figureX, double figureY) {
        return new Point2D(offsetX + figureX * zoom, offsetY + figureY * zoom);
    }

    /** The figure's layout, in figure pixels ({@link #viewPoint} maps them onto the view). */
    public NomogramFigure.Layout figureLayout() {
        return layout;
    }

    @Override
    protected double computePrefWidth(double height) {
        return layout.width();
    }

    @Override
    protected double computePrefHeight(double width) {
        return layout.height();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double fit = Math.min(w / layout.width(), h / layout.height());
        if (!(fit > 0)) {
            return;
        }
        offsetX = Math.floor((w - layout.width() * fit) / 2);
        offsetY = 0;
        markerLayer.resizeRelocate(0, 0, w, h);
        if (fit != zoom || canvas.getWidth() != Math.ceil(layout.width() * fit)) {
            zoom = fit;
            redraw();
        }
        canvas.relocate(offsetX, offsetY);
        for (int k = 0; k < markers.axisCount(); k++) {
            placeAxis(k);
        }
        placeTotal();
    }

    /** Draws the figure at the view's scale, so text stays sharp; never called while dragging. */
    private void redraw() {
        figureDraws++;
        canvas.setWidth(Math.ceil(layout.width() * zoom));
        canvas.setHeight(Math.ceil(layout.height() * zoom));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.scale(zoom, zoom);
        SceneCanvas.draw(scene, g, SceneCanvas.Theme.DARK);
        g.restore();
    }

    private void drag(int axis, MouseEvent e) {
        Point2D local = markerLayer.sceneToLocal(e.getSceneX(), e.getSceneY());
        double figureX = (local.getX() - offsetX) / zoom;
        double points = (figureX - layout.left()) / layout.pointsScale();
        double value = markers.valueAtPoints(axis, points);
        markers.setValue(axis, value);
        placeAxis(axis);
        placeTotal();
        e.consume();
        listener.valueDragged(axis, value);
    }

    private void placeAxis(int k) {
        double[] rowY = layout.predictorY();
        Point2D at = viewPoint(layout.xOfPoints(markers.points(k)), rowY[k]);
        Point2D top = viewPoint(0, layout.pointsY());
        axisMarkers[k].setCenterX(at.getX());
        axisMarkers[k].setCenterY(at.getY());
        setGuide(guides[k], at.getX(), top.getY(), at.getY());
        String value = valueText(k);
        place(readouts[k], text.get("nomogram.readout.predictor", value, pointsText(markers.points(k))), at);
    }

    private void placeTotal() {
        double total = markers.totalPoints();
        // markers stay on the drawn axes; the read-outs say where they really are
        double x = Math.max(layout.left(), Math.min(layout.right(), layout.xOfTotal(total)));
        Point2D atTotal = viewPoint(x, layout.totalY());
        Point2D atProbability = viewPoint(x, Double.isNaN(layout.probabilityY()) ? layout.totalY()
                : layout.probabilityY());
        moveTriangle(totalMarker, atTotal);
        moveTriangle(probabilityMarker, atProbability);
        setGuide(totalGuide, atTotal.getX(), atTotal.getY(), atProbability.getY());
        place(totalReadout, text.get("nomogram.readout.total", pointsText(total)), atTotal);
        place(probabilityReadout, text.get("nomogram.readout.probability",
                String.format(Locale.ROOT, "%.1f", 100 * markers.probability())), atProbability);
    }

    private String valueText(int k) {
        double v = markers.value(k);
        return switch (markers.kind(k)) {
            case CATEGORICAL -> figure.predictors().get(k).tickLabels()[markers.levelIndex(k, v)];
            case INTEGER -> DisplayNumbers.exact(v);
            default -> DisplayNumbers.of(v);
        };
    }

    private static String pointsText(double points) {
        return String.format(Locale.ROOT, "%.1f", points);
    }

    /** A read-out right of and below its marker, or left of it near the right edge, kept inside the view. */
    private void place(Label label, String content, Point2D at) {
        label.setText(content);
        label.applyCss();
        label.autosize();
        double x = at.getX() + RADIUS + 3;
        if (x + label.getWidth() > offsetX + layout.right() * zoom + 30) {
            x = at.getX() - RADIUS - 3 - label.getWidth();
        }
        label.relocate(Math.max(0, x), at.getY() + 4);
    }

    private static void setGuide(Line line, double x, double y0, double y1) {
        line.setStartX(x);
        line.setEndX(x);
        line.setStartY(y0);
        line.setEndY(y1);
    }

    private void moveTriangle(Polygon p, Point2D at) {
        p.setLayoutX(at.getX());
        p.setLayoutY(at.getY());
    }

    private static Polygon triangle() {
        // points down onto the axis line
        Polygon p = new Polygon(-RADIUS, -RADIUS * 1.6, RADIUS, -RADIUS * 1.6, 0, 0);
        p.setFill(MARKER);
        p.setStroke(Color.WHITE);
        p.setStrokeWidth(1.2);
        p.setManaged(false);
        return p;
    }

    private static Line guide() {
        Line line = new Line();
        line.setStroke(MARKER.deriveColor(0, 1, 1, 0.55));
        line.getStrokeDashArray().setAll(4.0, 4.0);
        line.setMouseTransparent(true);
        line.setManaged(false);
        return line;
    }

    private static Label readout(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("nomogram-readout");
        label.setStyle("-fx-background-color: rgba(20,20,20,0.85); -fx-text-fill: #ffd27f; -fx-font-size: 12px;"
                + " -fx-padding: 0 3 0 3; -fx-background-radius: 3;");
        label.setMouseTransparent(true);
        label.setManaged(false);
        return label;
    }
}
