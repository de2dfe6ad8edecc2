package org.tacerisk.app.viewer;

import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The viewer's own row of controls: which view is large, one or three views, the window presets, the drag mode
 * (W/L, zoom, pan; none selected = the tool), the ROI overlay, the saliency heat map (when there is one), and
 * reset. Each names its key in its tooltip.
 */
final class ViewerToolbar extends HBox {

    private final ViewerModel model;
    private final ToggleGroup mainView = new ToggleGroup();
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton single;
    private final ToggleButton overlay;
    private final ToggleButton saliency;
    private boolean syncing;

    ViewerToolbar(ViewerModel model, ViewerText text) {
        super(4);
        this.model = model;
        getStyleClass().add("viewer-toolbar");
        for (Orientation o : Orientation.values()) {
            ToggleButton b = new ToggleButton(text.get(o.messageKey()));
            b.setId("viewer-main-" + SliceView.cssName(o));
            b.setUserData(o);
            b.setToggleGroup(mainView);
            b.setTooltip(new Tooltip(text.get("viewer.tip.main")));
            getChildren().add(b);
        }
        mainView.selectedToggleProperty().addListener((obs, before, after) -> {
            if (syncing) {
                return;
            }
            if (after == null) {
                before.setSelected(true); // one view is always the main one
            } else {
                model.setMainOrientation((Orientation) after.getUserData());
            }
        });
        single = new ToggleButton(text.get("viewer.layout.single"));
        single.setId("viewer-layout");
        single.setTooltip(new Tooltip(text.get("viewer.tip.layout")));
        single.setOnAction(e -> model.setLayout(single.isSelected() ? ViewerLayout.SINGLE : ViewerLayout.THREE_VIEWS));
        MenuButton window = new MenuButton(text.get("viewer.windowMenu"));
        window.setId("viewer-window");
        for (WindowPreset p : WindowPreset.values()) {
            MenuItem item = new MenuItem(text.get(p.messageKey(), p.ordinal() + 1, p.window().width(),
                    p.window().level()));
            item.setOnAction(e -> model.applyPreset(p));
            window.getItems().add(item);
        }
        MenuItem auto = new MenuItem(text.get("viewer.preset.auto"));
        auto.setOnAction(e -> model.applyAutoWindow());
        window.getItems().add(auto);
        ToggleButton wl = mode(text.get("viewer.mode.window"), DragMode.WINDOW_LEVEL, text.get("viewer.tip.window"));
        ToggleButton zoom = mode(text.get("viewer.mode.zoom"), DragMode.ZOOM, text.get("viewer.tip.zoom"));
        ToggleButton pan = mode(text.get("viewer.mode.pan"), DragMode.PAN, text.get("viewer.tip.pan"));
        modes.selectedToggleProperty().addListener((obs, before, after) -> {
            if (!syncing) {
                model.setDragMode(after == null ? DragMode.TOOL : (DragMode) after.getUserData());
            }
        });
        overlay = new ToggleButton(text.get("viewer.overlay"));
        overlay.setId("viewer-overlay");
        overlay.setTooltip(new Tooltip(text.get("viewer.tip.overlay")));
        overlay.setOnAction(e -> model.setOverlayVisible(overlay.isSelected()));
        saliency = new ToggleButton(text.get("viewer.saliency"));
        saliency.setId("viewer-saliency");
        saliency.setTooltip(new Tooltip(text.get("viewer.tip.saliency")));
        saliency.setOnAction(e -> model.setHeatMapVisible(saliency.isSelected()));
        Button reset = new Button(text.get("viewer.reset"));
        reset.setId("viewer-reset");
        reset.setTooltip(new Tooltip(text.get("viewer.tip.reset")));
        reset.setOnAction(e -> model.resetView());
        getChildren().addAll(new Separator(javafx.geometry.Orientation.VERTICAL), single, window,
                new Separator(javafx.geometry.Orientation.VERTICAL), wl, zoom, pan,
                new Separator(javafx.geometry.Orientation.VERTICAL), overlay, saliency, reset);
        // the keyboard stays with the views: a click on a button must not take the arrows and digits away
        getChildren().forEach(n -> n.setFocusTraversable(false));
        sync();
    }

    /** Shows the model's state on the controls (keys change it too). */
    void sync() {
        syncing = true;
        try {
            for (var t : mainView.getToggles()) {
                t.setSelected(t.getUserData() == model.mainOrientation());
            }
            single.setSelected(model.layout() == ViewerLayout.SINGLE);
            for (var t : modes.getToggles()) {
                t.setSelected(t.getUserData() == model.dragMode());
            }
            overlay.setSelected(model.isOverlayVisible());
            saliency.setSelected(model.isHeatMapVisible());
            // the toggle only where there is a heat map to show
            saliency.setVisible(model.heatMap() != null);
            saliency.setManaged(model.heatMap() != null);
        } finally {
            syncing = false;
        }
    }

    private ToggleButton mode(String label, DragMode mode, String tip) {
        ToggleButton b = new ToggleButton(label);
        b.setId("viewer-mode-" + mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        b.setUserData(mode);
        b.setToggleGroup(modes);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
