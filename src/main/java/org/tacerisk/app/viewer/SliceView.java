package org.tacerisk.app.viewer;

import java.nio.IntBuffer;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;

/**
 * One view (axial, coronal or sagittal) on screen: the frame drawn by {@link ViewFrame} shown through a
 * {@link PixelBuffer} that wraps its int array (no copy; redrawn only when the frame changed), at the window's output
 * scale so it stays sharp on HiDPI screens; over it the crosshair, the orientation letters, the slice number, the
 * window, the value and position under the cursor, a scale bar and the saliency legend, as vector nodes. Mouse:
 * wheel = slice, Ctrl + wheel = zoom at the cursor, middle drag = pan, right drag = window (or zoom in zoom mode),
 * left button = the tool (or, with none, the crosshair; window, zoom or pan in those modes).
 */
final class SliceView extends Region {

    private static final double CROSSHAIR_GAP = 10;
    private static final double MARGIN = 6;
    private static final double SCALE_BAR_SHARE = 0.2;

    private final CtViewer viewer;
    private final ViewerModel model;
    private final Orientation orientation;
    private final ViewerText text;
    private final ViewFrame frame = new ViewFrame();
    private final ImageView imageView = new ImageView();
    private final Line[] crosshair = new Line[4];
    private final Label name = label("view-name");
    private final Label readout = label("view-readout");
    private final Label window = label("view-window");
    private final Label scaleText = label("view-scale");
    private final Line scaleBar = new Line();
    private final Label[] letters = {label("orientation-letter"), label("orientation-letter"),
        label("orientation-letter"), label("orientation-letter")};
    private final Group toolPreview = new Group();
    private final HeatLegend heatLegend;
    private final Rectangle clip = new Rectangle();
    private PixelBuffer<IntBuffer> pixelBuffer;
    private int[] bufferedPixels;
    private final ChangeListener<Number> scaleListener = (o, before, after) -> requestLayout();
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private WindowLevel pressWindow;
    private double wheelRemainder;

    /** What the current drag does. */
    private enum Gesture {
        NONE, PAN, WINDOW_LEVEL, ZOOM, TOOL, CROSSHAIR
    }

    SliceView(CtViewer viewer, ViewerModel model, Orientation orientation, ViewerText text) {
        this.viewer = viewer;
        this.model = model;
        this.orientation = orientation;
        this.text = text;
        getStyleClass().addAll("slice-view", "slice-view-" + cssName(orientation));
        setId("view-" + cssName(orientation));
        imageView.setSmooth(false);
        imageView.setPreserveRatio(false);
        Orientation[] lineColours = {planeAlong(orientation.rightPatientAxis()),
            planeAlong(orientation.downPatientAxis())};
        for (int n = 0; n < 4; n++) {
            crosshair[n] = new Line();
            crosshair[n].getStyleClass().addAll("crosshair", "crosshair-" + cssName(lineColours[n / 2]));
            crosshair[n].setMouseTransparent(true);
        }
        name.getStyleClass().add("view-name-" + cssName(orientation));
        scaleBar.getStyleClass().add("scale-bar");
        toolPreview.getStyleClass().add("tool-preview");
        toolPreview.setMouseTransparent(true);
        getChildren().add(imageView);
        getChildren().addAll(crosshair);
        getChildren().add(toolPreview);
        getChildren().addAll(letters);
        getChildren().addAll(name, readout, window, scaleBar, scaleText);
        heatLegend = new HeatLegend(text);
        getChildren().add(heatLegend);
        setClip(clip);
        installMouse();
        sceneProperty().addListener((o, before, after) -> followWindow(after));
    }

    Orientation orientation() {
        return orientation;
    }

    ViewFrame frame() {
        return frame;
    }

    /** Redraws what changed (the pixels only when the frame's content changed). */
    void refresh() {
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        boolean shown = model.hasVolume() && w >= 1 && h >= 1;
        for (javafx.scene.Node child : getChildren()) {
            child.setVisible(shown);
        }
        if (!shown) {
            return;
        }
        model.view(orientation).resize(w, h);
        double scale = outputScale();
        drawPixels(scale);
        layoutCrosshair(w, h);
        layoutLabels(w, h);
        layoutScaleBar(w, h);
        layoutToolPreview();
        layoutHeatLegend(w);
    }

    /** The heat map's legend, top right, on the view of the map's plane while the map is shown. */
    private void layoutHeatLegend(double w) {
        boolean show = model.isHeatMapVisible() && model.showsHeatMapPlane(orientation);
        heatLegend.setVisible(show);
        if (show) {
            heatLegend.showSlice(model.heatMap().slice());
            heatLegend.applyCss();
            double lw = heatLegend.prefWidth(-1);
            double lh = heatLegend.prefHeight(lw);
            heatLegend.resizeRelocate(Math.round(w - lw - MARGIN), MARGIN, lw, lh);
        }
    }

    private void drawPixels(double scale) {
        if (!frame.render(model, orientation, scale) && pixelBuffer != null) {
            return;
        }
        if (frame.pixels() != bufferedPixels) {
            bufferedPixels = frame.pixels();
            pixelBuffer = new PixelBuffer<>(frame.width(), frame.height(), IntBuffer.wrap(bufferedPixels),
                    PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(pixelBuffer));
        } else {
            pixelBuffer.updateBuffer(b -> null);
        }
        imageView.setFitWidth(frame.width() / scale);
        imageView.setFitHeight(frame.height() / scale);
    }

    private void layoutCrosshair(double w, double h) {
        double[] p = model.crosshairOnPlane(orientation);
        double[] c = model.view(orientation).toView(p[0], p[1]);
        double x = snap(c[0]);
        double y = snap(c[1]);
        setLine(crosshair[0], x, 0, x, y - CROSSHAIR_GAP);
        setLine(crosshair[1], x, y + CROSSHAIR_GAP, x, h);
        setLine(crosshair[2], 0, y, x - CROSSHAIR_GAP, y);
        setLine(crosshair[3], x + CROSSHAIR_GAP, y, w, y);
    }

    private void layoutLabels(double w, double h) {
        SliceGeometry.EdgeLetters edge = model.plane(orientation).edgeLetters();
        letters[0].setText(edge.left());
        letters[1].setText(edge.right());
        letters[2].setText(edge.top());
        letters[3].setText(edge.bottom());
        name.setText(text.get("viewer.slice", text.get(orientation.messageKey()), model.slice(orientation) + 1,
                model.sliceCount(orientation)));
        WindowLevel wl = model.window();
        window.setText(text.get("viewer.window", wl.width(), wl.level()));
        Readout r = model.hover();
        readout.setText(r != null && r.orientation() == orientation ? viewer.readoutText(r) : "");
        readout.setVisible(!readout.getText().isEmpty());
        place(letters[0], MARGIN, (h - height(letters[0])) / 2);
        place(letters[1], w - width(letters[1]) - MARGIN, (h - height(letters[1])) / 2);
        place(letters[2], (w - width(letters[2])) / 2, MARGIN);
        place(letters[3], (w - width(letters[3])) / 2, h - height(letters[3]) - MARGIN);
        place(name, MARGIN, MARGIN);
        place(readout, MARGIN, MARGIN + height(name));
        place(window, MARGIN, h - height(window) - MARGIN);
    }

    private void layoutScaleBar(double w, double h) {
        ScaleBar bar = model.scaleBar(orientation, w * SCALE_BAR_SHARE);
        double right = w - MARGIN - 2 * width(letters[1]);
        double y = snap(h - MARGIN - 4);
        setLine(scaleBar, snap(right - bar.pixels()), y, snap(right), y);
        scaleText.setText(text.get("viewer.scale", bar.millimetres()));
        place(scaleText, right - width(scaleText), y - height(scaleText) - 3);
    }

    private void layoutToolPreview() {
        List<ViewerTool.ToolShape> shapes = model.tool().preview(orientation, model.slice(orientation));
        toolPreview.getChildren().clear();
        ViewState view = model.view(orientation);
        SliceGeometry plane = model.plane(orientation);
        for (ViewerTool.ToolShape shape : shapes) {
            Polyline line = new Polyline();
            for (double[] index : shape.points()) {
                double[] p = plane.planePoint(index);
                double[] v = view.toView(p[0], p[1]);
                line.getPoints().addAll(v[0], v[1]);
            }
            if (shape.closed() && !shape.points().isEmpty()) {
                line.getPoints().addAll(line.getPoints().get(0), line.getPoints().get(1));
            }
            line.getStyleClass().add("tool-shape");
            if (shape.styleClass() != null) {
                line.getStyleClass().add(shape.styleClass());
            }
            toolPreview.getChildren().add(line);
            line.applyCss(); // created during layout: styled now, not a pulse later (and in snapshots)
        }
    }

    // --- mouse ---

    private void installMouse() {
        setOnMouseMoved(this::moved);
        setOnMouseExited(e -> {
            if (model.hasVolume() && model.pointerView() == orientation) {
                model.setPointer(null, 0, 0);
            }
        });
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnScroll(this::scrolled);
    }

    private void moved(MouseEvent e) {
        if (!model.hasVolume()) {
            return;
        }
        model.setActiveOrientation(orientation);
        if (toTool(ToolEvent.Kind.MOVE, e, 0)) {
            viewer.refreshToolPreview();
        }
        model.setPointer(orientation, e.getX(), e.getY());
    }

    private void pressed(MouseEvent e) {
        viewer.requestFocus();
        if (!model.hasVolume()) {
            return;
        }
        model.setActiveOrientation(orientation);
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        pressWindow = model.window();
        gesture = gestureFor(e);
        if (gesture == Gesture.TOOL && !toTool(ToolEvent.Kind.PRESS, e, 0)) {
            gesture = Gesture.CROSSHAIR;
            if (e.getClickCount() == 2 && model.layout() == ViewerLayout.THREE_VIEWS
                    && orientation != model.mainOrientation()) {
                model.setMainOrientation(orientation); // double click: this view becomes the large one
                gesture = Gesture.NONE;
                return;
            }
        }
        drag(e);
    }

    private void dragged(MouseEvent e) {
        if (!model.hasVolume() || gesture == Gesture.NONE) {
            return;
        }
        drag(e);
        lastX = e.getX();
        lastY = e.getY();
        model.setPointer(orientation, e.getX(), e.getY());
    }

    private void drag(MouseEvent e) {
        switch (gesture) {
            case PAN -> model.pan(orientation, e.getX() - lastX, e.getY() - lastY);
            case WINDOW_LEVEL -> model.dragWindow(pressWindow, e.getX() - pressX, e.getY() - pressY);
            case ZOOM -> model.zoomAt(orientation, Math.exp(-(e.getY() - lastY) * 0.01), pressX, pressY);
            case CROSSHAIR -> {
                double[] p = model.view(orientation).toPlane(e.getX(), e.getY());
                model.moveCrosshair(orientation, p[0], p[1]);
            }
            case TOOL -> {
                if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && toTool(ToolEvent.Kind.DRAG, e, 0)) {
                    viewer.refreshToolPreview();
                }
            }
            default -> {
            }
        }
    }

    private void released(MouseEvent e) {
        if (gesture == Gesture.TOOL && model.hasVolume()) {
            toTool(ToolEvent.Kind.RELEASE, e, 0);
            viewer.refreshToolPreview();
        }
        gesture = Gesture.NONE;
    }

    private Gesture gestureFor(MouseEvent e) {
        MouseButton b = e.getButton();
        DragMode mode = model.dragMode();
        if (b == MouseButton.MIDDLE) {
            return Gesture.PAN;
        }
        if (b == MouseButton.SECONDARY) {
            return mode == DragMode.ZOOM ? Gesture.ZOOM : Gesture.WINDOW_LEVEL;
        }
        if (b != MouseButton.PRIMARY) {
            return Gesture.NONE;
        }
        return switch (mode) {
            case WINDOW_LEVEL -> Gesture.WINDOW_LEVEL;
            case ZOOM -> Gesture.ZOOM;
            case PAN -> Gesture.PAN;
            case TOOL -> Gesture.TOOL;
        };
    }

    private void scrolled(ScrollEvent e) {
        if (!model.hasVolume()) {
            return;
        }
        model.setActiveOrientation(orientation);
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX(); // Shift turns the wheel sideways on some
        double notches = e.getMultiplierY() > 0 ? delta / e.getMultiplierY() : Math.signum(delta);
        if (e.isShiftDown()) {
            toTool(ToolEvent.Kind.WHEEL, e.getX(), e.getY(), notches, true, e.isShortcutDown(), e.isAltDown());
            viewer.refreshToolPreview();
        } else if (e.isControlDown() || e.isShortcutDown()) {
            model.zoomAt(orientation, Math.pow(ViewerModel.ZOOM_STEP, notches), e.getX(), e.getY());
        } else {
            wheelRemainder += notches; // touchpads send fractions of a notch
            int steps = (int) wheelRemainder;
            wheelRemainder -= steps;
            if (steps == 0 && Math.abs(notches) >= 0.5) {
                steps = (int) Math.signum(notches);
                wheelRemainder = 0;
            }
            model.scroll(orientation, steps);
        }
        e.consume();
    }

    private boolean toTool(ToolEvent.Kind kind, MouseEvent e, double wheel) {
        return toTool(kind, e.getX(), e.getY(), wheel, e.isShiftDown(), e.isShortcutDown(), e.isAltDown());
    }

    private boolean toTool(ToolEvent.Kind kind, double x, double y, double wheel, boolean shift, boolean control,
            boolean alt) {
        double[] p = model.view(orientation).toPlane(x, y);
        return model.tool().handle(model.toolEvent(kind, orientation, p[0], p[1], wheel, shift, control, alt));
    }

    // --- helpers ---

    /**
     * Device pixels per view pixel: the window's render scale, which JavaFX sets from the output scale of the screen
     * the window is on (Screen.getOutputScaleX: 2 on a typical HiDPI laptop) and updates when it moves.
     */
    private double outputScale() {
        Scene scene = getScene();
        Window w = scene == null ? null : scene.getWindow();
        return w == null ? 1 : Math.max(1, w.getRenderScaleX());
    }

    private void followWindow(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.windowProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.renderScaleXProperty().removeListener(scaleListener);
            }
            if (after != null) {
                after.renderScaleXProperty().addListener(scaleListener);
            }
        });
        if (scene.getWindow() != null) {
            scene.getWindow().renderScaleXProperty().addListener(scaleListener);
        }
    }

    /** The view whose plane is normal to a patient axis: its crosshair line colour. */
    private static Orientation planeAlong(int patientAxis) {
        for (Orientation o : Orientation.values()) {
            if (o.normalPatientAxis() == patientAxis) {
                return o;
            }
        }
        throw new IllegalArgumentException("patient axis " + patientAxis);
    }

    static String cssName(Orientation o) {
        return o.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setMouseTransparent(true);
        l.setAlignment(Pos.TOP_LEFT);
        l.setManaged(false);
        return l;
    }

    private static void setLine(Line l, double x1, double y1, double x2, double y2) {
        l.setStartX(x1);
        l.setStartY(y1);
        l.setEndX(x2);
        l.setEndY(y2);
    }

    private static void place(Label l, double x, double y) {
        l.resizeRelocate(Math.round(x), Math.round(y), width(l), height(l));
    }

    private static double width(Label l) {
        return l.prefWidth(-1);
    }

    private static double height(Label l) {
        return l.prefHeight(-1);
    }

    /** Half-pixel positions make one-pixel lines crisp. */
    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
