package org.tacerisk.app.viewer;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.image.Volume;

/**
 * The CT viewer, the one node the workstation puts in its centre: axial, coronal and sagittal views of one series
 * (one large and two small, or one), linked by a crosshair, with a small toolbar. All state and actions live in
 * {@link ViewerModel} ({@link #model()}); this node draws it and turns mouse and keys into its actions.
 *
 * <p>Keys (../shared/docs/workstation-ui.md): ↑ → PgUp / ↓ ← PgDn = next / previous slice, Home / End = first /
 * last, Shift + arrows = pan, + / − = zoom, 0 = fit, 1–4 = window presets, A = auto window, O = ROI overlay on/off,
 * S = saliency heat map on/off, L = one or three views, R = reset view. They act on the view the pointer was last
 * over. The viewer takes the keyboard focus when clicked; a shell that wants the keys while another control has the
 * focus passes its key events to {@link #handleKey}.
 *
 * <p>Embedding: {@code CtViewer viewer = new CtViewer(messages::get); borderPane.setCenter(viewer);
 * viewer.setVolume(loaded.volume());} then {@link #setOverlay}, {@link #setTool}, {@link #setLayout}, and a status bar
 * bound to {@link #statusTextProperty()}.
 */
public final class CtViewer extends BorderPane {

    private final ViewerText text;
    private final ViewerModel model = new ViewerModel();
    private final Map<Orientation, SliceView> views = new EnumMap<>(Orientation.class);
    private final ViewArea area;
    private final ViewerToolbar toolbar;
    private final Label empty;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final BooleanProperty heatMapVisible = new SimpleBooleanProperty(this, "heatMapVisible", true);

    public CtViewer(ViewerText text) {
        this.text = text;
        getStyleClass().add("ct-viewer");
        setFocusTraversable(true);
        for (Orientation o : Orientation.values()) {
            views.put(o, new SliceView(this, model, o, text));
        }
        area = new ViewArea(model, views);
        empty = new Label(text.get("viewer.noSeries"));
        empty.getStyleClass().add("viewer-empty");
        StackPane centre = new StackPane(area, empty);
        centre.getStyleClass().add("viewer");
        centre.setMinSize(0, 0);
        setCenter(centre);
        toolbar = new ViewerToolbar(model, text);
        setTop(toolbar);
        // a filter, not a handler: the keys work even while a toolbar control has the focus (a button would take
        // the arrows for focus traversal)
        addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        heatMapVisible.addListener((o, was, now) -> model.setHeatMapVisible(now));
        model.addListener(this::modelChanged);
        modelChanged();
    }

    /** The viewer's state and actions (slices, crosshair, window, zoom, overlay, layout, readout). */
    public ViewerModel model() {
        return model;
    }

    /** Shows a series (fitted, crosshair at the centre, abdomen window for CT) and takes the keyboard focus. */
    public void setVolume(Volume volume) {
        model.setVolume(volume);
        requestFocus();
    }

    /** The ROI drawn over the CT (on the series' grid), or null; after editing it call {@link #overlayChanged()}. */
    public void setOverlay(MaskOverlay overlay) {
        model.setOverlay(overlay);
    }

    public void overlayChanged() {
        model.overlayChanged();
    }

    /**
     * The deep model's saliency on one axial slice of the series shown (null clears it): a semi-transparent heat map
     * with a legend on the view of that slice, under the ROI overlay, while {@link #heatMapVisibleProperty()} (key
     * S). A new series clears it.
     *
     * @throws IllegalArgumentException when the map is not on the series' grid
     */
    public void setHeatMap(SaliencyMap map) {
        model.setHeatMap(map);
    }

    public SaliencyMap heatMap() {
        return model.heatMap();
    }

    public void setHeatMapVisible(boolean visible) {
        heatMapVisible.set(visible);
    }

    public boolean isHeatMapVisible() {
        return heatMapVisible.get();
    }

    /** Whether the heat map is drawn (true by default; key S toggles it); the ROI overlay (key O) is separate. */
    public BooleanProperty heatMapVisibleProperty() {
        return heatMapVisible;
    }

    /** The left-button tool (an ROI tool), or null for none (the left button then moves the crosshair). */
    public void setTool(ViewerTool tool) {
        model.setTool(tool);
    }

    public void setLayout(ViewerLayout layout) {
        model.setLayout(layout);
    }

    /** Redraws the tool's preview lines (after the tool changed them outside a mouse event). */
    public void refreshToolPreview() {
        views.values().forEach(SliceView::refresh);
    }

    /**
     * One line for the status bar: the view, slice, value and position under the cursor ("Axial · slice 12/40 ·
     * 45 HU · (−12.3, 45.6, 78.9) mm"), empty when the cursor is off the image.
     */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Applies a viewer key (see the class comment); consumes the event when it was one. */
    public void handleKey(KeyEvent e) {
        if (model.hasVolume() && ViewerKeys.apply(model, e)) {
            e.consume();
        }
    }

    SliceView view(Orientation o) {
        return views.get(o);
    }

    /** The readout as shown on a view: value with unit, then position and slice. */
    String readoutText(Readout r) {
        String unit = model.volume().volume().unit().isEmpty() ? "" : model.volume().volume().unit();
        return text.get("viewer.readout", r.value(), unit, r.lps()[0], r.lps()[1], r.lps()[2]);
    }

    private void modelChanged() {
        boolean loaded = model.hasVolume();
        heatMapVisible.set(model.isHeatMapVisible()); // the S key changes the model
        empty.setVisible(!loaded);
        area.setVisible(loaded);
        toolbar.sync();
        toolbar.setDisable(!loaded);
        area.requestLayout();
        views.values().forEach(SliceView::refresh);
        Readout r = model.hover();
        statusText.set(r == null ? "" : text.get("viewer.status", text.get(r.orientation().messageKey()), r.slice(),
                r.slices(), readoutText(r)));
    }

    /**
     * Lays the views out: in three-view layout the main view takes the left two thirds and the other two share the
     * right third; in single layout the main view takes everything.
     */
    static final class ViewArea extends Region {

        static final double GAP = 2;

        private final ViewerModel model;
        private final Map<Orientation, SliceView> views;

        ViewArea(ViewerModel model, Map<Orientation, SliceView> views) {
            this.model = model;
            this.views = views;
            getStyleClass().add("view-area");
            getChildren().addAll(views.values());
            setMinSize(0, 0);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            Orientation main = model.mainOrientation();
            boolean single = model.layout() == ViewerLayout.SINGLE;
            double mainWidth = single ? w : Math.round((w - GAP) * 2 / 3);
            views.get(main).resizeRelocate(0, 0, mainWidth, h);
            double x = mainWidth + GAP;
            double smallWidth = Math.max(0, w - x);
            double smallHeight = Math.max(0, Math.round((h - GAP) / 2));
            double y = 0;
            for (Orientation o : Orientation.values()) {
                SliceView v = views.get(o);
                if (o == main) {
                    v.setVisible(true);
                    continue;
                }
                v.setVisible(!single);
                if (!single) {
                    v.resizeRelocate(x, y, smallWidth, y == 0 ? smallHeight : h - y);
                    y += smallHeight + GAP;
                }
            }
        }
    }
}
