package org.tacerisk.app.figure;

import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.tacerisk.report.figure.Plot;
import org.tacerisk.report.figure.Scene;

/**
 * A report plot ({@link Plot}: calibration, decision curve, ROC) drawn by {@link SceneCanvas} on the dark theme at
 * the view's own size: the plot is laid out again when the view is resized, so its text keeps the report's sizes
 * and stays legible in a narrow panel. Marks of the screen's own (the patient, a cut-off) sit on {@link #marks()},
 * placed by the owner through {@link #area()} after each layout; moving them draws nothing.
 */
final class PlotView extends Region {

    /** The report figure's smallest size ({@link Plot#size}); a smaller view shows its top-left part. */
    static final int MIN_WIDTH = 200;
    static final int MIN_HEIGHT = 150;

    private final Canvas canvas = new Canvas();
    private final Pane marks = new Pane();
    private final Runnable placeMarks;
    private Supplier<Plot> source;
    private Plot.Area area;
    private Scene scene;
    private int drawnWidth = -1;
    private int drawnHeight = -1;
    /** How often the figure was drawn (tests check that moving a mark does not draw it). */
    int figureDraws;

    /** {@code placeMarks} runs after every layout, when {@link #area()} is that of the figure on screen. */
    PlotView(Runnable placeMarks) {
        this.placeMarks = placeMarks;
        getStyleClass().add("plot-view");
        setBackground(new Background(new BackgroundFill(SceneCanvas.DARK_BACKGROUND, null, null)));
        marks.setPickOnBounds(false);
        marks.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(canvas, marks);
        setMinSize(0, 0);
        setPrefSize(420, 360);
    }

    /** Shows the plot {@code plot} makes (any size: it is sized to the view), or nothing when null. */
    void show(Supplier<Plot> plot) {
        source = plot;
        drawnWidth = -1;
        requestLayout();
    }

    /** The data → pixel mapping of the figure on screen (view pixels), or null before the first layout. */
    Plot.Area area() {
        return area;
    }

    /** The figure on screen, or null. */
    Scene scene() {
        return scene;
    }

    /** The layer of the screen's own marks, in view pixels. */
    Pane marks() {
        return marks;
    }

    @Override
    protected void layoutChildren() {
        int w = Math.max(MIN_WIDTH, (int) Math.floor(getWidth()));
        int h = Math.max(MIN_HEIGHT, (int) Math.floor(getHeight()));
        marks.resizeRelocate(0, 0, getWidth(), getHeight());
        if (source == null) {
            canvas.setWidth(0);
            area = null;
            scene = null;
        } else if (w != drawnWidth || h != drawnHeight) {
            redraw(w, h);
        }
        placeMarks.run();
    }

    private void redraw(int w, int h) {
        figureDraws++;
        Plot plot = source.get().size(w, h);
        scene = plot.scene();
        area = plot.area();
        drawnWidth = w;
        drawnHeight = h;
        canvas.setWidth(w);
        canvas.setHeight(h);
        SceneCanvas.draw(scene, canvas.getGraphicsContext2D(), SceneCanvas.Theme.DARK);
    }
}
